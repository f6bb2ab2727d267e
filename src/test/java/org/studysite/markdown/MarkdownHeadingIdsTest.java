package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.model.Heading;
import org.studysite.model.Outline;

class MarkdownHeadingIdsTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of("Experimentation & Data Management", "experimentation--data-management"),
                Arguments.of("1. Delta Lake Fundamentals", "1-delta-lake-fundamentals"),
                Arguments.of("Quiz: Experimentation & Data Management", "quiz-experimentation--data-management"),
                Arguments.of("`spark_udf` vs mapInPandas", "spark_udf-vs-mapinpandas"),
                Arguments.of("Hello World", "hello-world"),
                Arguments.of("What's new?", "whats-new"),
                Arguments.of("Version 2.0 (beta)", "version-20-beta"),
                Arguments.of("C++ / C# tips", "c--c-tips"),
                Arguments.of("snake_case-and-kebab", "snake_case-and-kebab"),
                Arguments.of("**Bold** and *italic*", "bold-and-italic"),
                Arguments.of("[Link text](other.md) in heading", "link-text-in-heading"),
                Arguments.of("Logo ![alt text](logo.png) here", "logo--here"),
                Arguments.of("Ünïcödé Überschrift", "ünïcödé-überschrift"),
                Arguments.of("Ελληνικά Κεφάλαια", "ελληνικά-κεφάλαια"),
                Arguments.of("日本語の見出し", "日本語の見出し"),
                Arguments.of("🚀 Launch", "-launch"),
                Arguments.of("Step 2 ✅ Done", "step-2--done"),
                Arguments.of("⚠️ Warning sign", "-warning-sign"),
                Arguments.of("Custom id {#my-id}", "my-id"),
                Arguments.of("**Styled** custom {#styled_id}", "styled_id"),
                Arguments.of("MLflow `log_model()` & *autolog*", "mlflow-log_model--autolog"),
                Arguments.of("Trailing hashes ##", "trailing-hashes"),
                Arguments.of("!!!", "section"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @MethodSource("headings")
    void headingIdInOutlineAndHtml(String headingText, String expectedId) {
        var doc = MD.parse("## " + headingText + "\n");
        Outline outline = MD.outline(doc, "n.md", 1);
        assertEquals(expectedId, outline.headings().get(0).id());
        String html = MD.render(doc, RenderHooks.IDENTITY).html();
        assertTrue(html.startsWith("<h2 id=\"" + expectedId + "\">"), html);
        assertTrue(html.contains("<a class=\"anchor\" href=\"#" + expectedId + "\""), html);
    }

    @Test
    void duplicatesGetNumberedInDocumentOrder() {
        Outline outline = MD.outline(MD.parse("# Foo\n## Foo\n### Foo\n## Foo 1\n## Bar {#foo-3}\n## Foo\n"), "n.md", 1);
        assertEquals(List.of("foo", "foo-1", "foo-2", "foo-1-1", "foo-3", "foo-4"),
                outline.headings().stream().map(Heading::id).toList());
    }

    @Test
    void customIdIsRemovedFromTextAndAvoidedByGeneratedIds() {
        var doc = MD.parse("## Intro {#foo}\n\n## Foo\n");
        Outline outline = MD.outline(doc, "n.md", 1);
        assertEquals("Intro", outline.headings().get(0).text());
        assertEquals(List.of("foo", "foo-1"), outline.headings().stream().map(Heading::id).toList());
        String html = MD.render(doc, RenderHooks.IDENTITY).html();
        assertTrue(html.contains("<h2 id=\"foo\">Intro <a class=\"anchor\" href=\"#foo\" "
                + "aria-label=\"Permalink to Intro\">#</a></h2>"), html);
        assertTrue(!html.contains("{#"), html);
    }

    @Test
    void h1HasIdButNoPermalink() {
        String html = MD.render(MD.parse("# Course title\n"), RenderHooks.IDENTITY).html();
        assertEquals("<h1 id=\"course-title\">Course title</h1>\n", html);
    }

    @Test
    void firstHeadingOfAnyLevelIsTheTitle() {
        Outline outline = MD.outline(MD.parse("Intro text.\n\n### Deep *first*\n\n# Top\n"), "n.md", 1);
        assertEquals("Deep first", outline.firstHeading());
    }

    @Test
    void setextHeadingsGetIdsToo() {
        Outline outline = MD.outline(MD.parse("Big title\n=========\n\nSmaller\n-------\n"), "n.md", 1);
        assertEquals(List.of("big-title", "smaller"), outline.headings().stream().map(Heading::id).toList());
        assertEquals(List.of(1, 2), outline.headings().stream().map(Heading::level).toList());
    }
}

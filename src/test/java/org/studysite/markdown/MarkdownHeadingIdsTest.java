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
                // The emoji goes; its variation selector U+FE0F is a mark and stays, invisible, as on GitHub.
                Arguments.of("⚠️ Warning sign", "\uFE0F-warning-sign"),
                Arguments.of("Custom id {#my-id}", "my-id"),
                Arguments.of("**Styled** custom {#styled_id}", "styled_id"),
                Arguments.of("MLflow `log_model()` & *autolog*", "mlflow-log_model--autolog"),
                Arguments.of("Trailing hashes ##", "trailing-hashes"),
                Arguments.of("!!!", "section"));
    }

    /**
     * One case per character class of github-slugger's fixture suite (GitHub's ids), written as Markdown.
     * Kept: letters (lower-cased), marks, decimal and letter numbers, connector punctuation, the ASCII '-', and
     * alphabetic symbols. Dropped: everything else but the ASCII space, which becomes '-'.
     */
    static Stream<Arguments> characterClasses() {
        return Stream.of(
                Arguments.of("space written as an entity at the start", "&#x20;lead", "-lead"),
                Arguments.of("space written as an entity at the end", "trail&#x20;", "trail-"),
                Arguments.of("only an entity space", "&#x20;", "-"),
                Arguments.of("Other_Number dropped (superscript, fraction, circled)", "x² ½ ① y", "x---y"),
                Arguments.of("Decimal_Number kept (Arabic-Indic, fullwidth)", "v\\u0663 \\uFF17", "v\\u0663-\\uFF17"),
                Arguments.of("Letter_Number kept and lower-cased (Roman numeral)", "Part \\u216B", "part-\\u217B"),
                Arguments.of("Uppercase with a special lower case (dotted I)", "\\u0130stanbul", "i\\u0307stanbul"),
                Arguments.of("Titlecase_Letter lower-cased", "\\u01C5ungla", "\\u01C6ungla"),
                Arguments.of("Final sigma", "\\u039F\\u0394\\u039F\\u03A3", "\\u03BF\\u03B4\\u03BF\\u03C2"),
                Arguments.of("Modifier_Letter kept", "k\\u02B0", "k\\u02B0"),
                Arguments.of("Modifier_Symbol dropped", "a^b `c \\u00B4d", "ab-c-d"),
                Arguments.of("Math_Symbol dropped", "a+b = c ± d", "ab--c--d"),
                Arguments.of("Currency_Symbol dropped", "cost $5 €6 ¥7", "cost-5-6-7"),
                Arguments.of("Dash_Punctuation: only ASCII '-' kept", "a-b\\u2013c\\u2014d\\u2212e", "a-bcde"),
                Arguments.of("Connector_Punctuation kept", "a_b\\u203Fc\\uFF3Fd", "a_b\\u203Fc\\uFF3Fd"),
                Arguments.of("Open and Close punctuation dropped", "f(x) [y] {z} \\u300Cq\\u300D", "fx-y-z-q"),
                Arguments.of("Initial and Final quotes dropped", "\\u00ABa\\u00BB \\u201Cb\\u201D \\u2018c\\u2019", "a-b-c"),
                Arguments.of("Other_Punctuation dropped", "a! b? c. d, e: f; g@ h# i% j& k* l/ m\\\\", "a-b-c-d-e-f-g-h-i-j-k-l-m"),
                Arguments.of("Other_Symbol dropped, emoji too", "I ♥ \\u{1F680}s", "i--s"),
                Arguments.of("Other_Symbol kept when alphabetic (circled, squared letters)", "\\u24B6 \\u{1F130}", "\\u24D0-\\u{1F130}"),
                Arguments.of("Format dropped (soft hyphen, zero-width space, joiner, BOM)", "a\\u00ADb\\u200Bc\\u200Dd\\uFEFFe", "abcde"),
                Arguments.of("Private_Use dropped", "a\\uE000b\\u{F0000}c", "abc"),
                Arguments.of("Unassigned dropped", "a\\u0378b\\u{E0080}c", "abc"),
                Arguments.of("Space_Separator other than ASCII dropped", "a\\u00A0b\\u3000c\\u2003d", "abcd"),
                Arguments.of("Line and Paragraph separators dropped", "a\\u2028b\\u2029c", "abc"),
                Arguments.of("Nonspacing and Spacing marks kept", "e\\u0301 \\u0915\\u093E", "e\\u0301-\\u0915\\u093E"),
                Arguments.of("Enclosing mark and variation selector after an emoji kept", "1\\uFE0F\\u20E3 go", "1\\uFE0F\\u20E3-go"),
                Arguments.of("Letters of other scripts kept", "Привет 你好 مرحبا", "привет-你好-مرحبا"),
                Arguments.of("Prototype names are plain keys", "\\_\\_proto\\_\\_", "__proto__"),
                Arguments.of("Backslash-escaped punctuation still dropped", "a\\.b\\*c", "abc"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("characterClasses")
    void characterClassFollowsGitHub(String what, String heading, String expectedId) {
        String markdown = unescape(heading);
        String expected = unescape(expectedId);
        var doc = MD.parse("## " + markdown + "\n");
        assertEquals(expected, MD.outline(doc, "n.md", 1).headings().get(0).id(), what);
        String html = MD.render(doc, RenderHooks.IDENTITY).html();
        assertEquals(expected, org.jsoup.Jsoup.parseBodyFragment(html).selectFirst("h2").id(), what);
    }

    /** Java-style \\uXXXX and \\u{XXXXX} escapes, so invisible characters stay readable in the table above. */
    private static String unescape(String s) {
        var m = java.util.regex.Pattern.compile("\\\\u\\{([0-9A-Fa-f]+)}|\\\\u([0-9A-Fa-f]{4})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(Character.toString(cp)));
        }
        return m.appendTail(sb).toString();
    }

    @Test
    void duplicateSuffixesFollowGitHub() {
        // github-slugger's own sequence: a text that already looks like a suffix takes the next free number.
        Outline outline = MD.outline(MD.parse("# echo\n## echo\n## echo 1\n## echo-1\n## echo\n## foxtrot-1\n"
                + "## foxtrot\n## foxtrot\n## &#x20;a&#x20;\n## -a-\n"), "n.md", 1);
        assertEquals(List.of("echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2", "foxtrot-1", "foxtrot", "foxtrot-2",
                "-a-", "-a--1"), outline.headings().stream().map(Heading::id).toList());
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
                + "aria-label=\"Permalink to Intro\" tabindex=\"-1\">#</a></h2>"), html);
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

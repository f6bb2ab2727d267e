package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.testing.Sites;

/**
 * Real content renders right (src/test/resources/sites/titles, with a trimmed copy of the seed study page): a body
 * that opens with an h1 prints it as the page title and the page prints no second one (Docusaurus's rule, also after
 * an HTML block such as the seed's "Back to Home" button); any later h1 is a section (h2), its subsections moving
 * down with it; a hand-made gh-md-toc and its "Table of contents" heading are dropped. Each page's article is
 * compared with src/test/resources/golden/titles/NAME.html (-Dgolden.update=true rewrites them; read the diff).
 */
class TitlesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/titles");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        BuildResult r = Sites.build(Sites.fixture("titles"), out);
        assertTrue(r.ok(), r.diagnostics().toString());
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("certifications/databricks/machine-learning-professional.html",
                        "Databricks Machine Learning Professional Certification",
                        List.of("h1", "h2", "h3", "h2", "h3", "h4", "h4")),
                Arguments.of("from-heading.html", "Delta Lake basics", List.of("h1", "h2")),
                Arguments.of("other-h1.html", "A longer heading than the sidebar needs", List.of("h1", "h2")),
                Arguments.of("no-h1.html", "No h1 here", List.of("h1", "h2")),
                Arguments.of("parts.html", "Parts", List.of("h1", "h2", "h2", "h3", "h2", "h3", "h4")),
                Arguments.of("setext.html", "Setext title", List.of("h1", "h2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void onePageTitleAndAnOutlineWithoutGaps(String page, String h1, List<String> outline) throws Exception {
        String html = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        var article = Jsoup.parse(html).selectFirst("article.note");
        assertEquals(List.of(h1), article.select("h1").eachText(), "exactly one h1, the title");
        assertEquals(outline, article.select("h1, h2, h3, h4, h5, h6").stream().map(e -> e.tagName()).toList());
        String actual = html.substring(html.indexOf("<article"), html.indexOf("</article>") + "</article>".length())
                + "\n";
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, page);
    }
}

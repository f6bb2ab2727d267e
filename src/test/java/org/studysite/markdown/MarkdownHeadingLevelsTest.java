package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headings never skip a level (the page title is the h1 before the body), Markdown and raw HTML alike. */
class MarkdownHeadingLevelsTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "## a|### b|#### c;                     h2 h3 h4",
            "### a|##### b|## c|#### d;             h2 h3 h2 h3",
            "# a|### b|###### c;                    h1 h2 h3",
            "## a|<h5>Tip</h5>|### b;               h2 h3 h3",
            "#### a|<div><h6>Tip</h6></div>;         h2 h3",
            "## a|> ##### quoted;                   h2 h3"})
    void levelsCloseTheirGaps(String source, String expected) {
        String html = MD.render(MD.parse(source.replace("|", "\n\n")), RenderHooks.IDENTITY).html();
        assertEquals(expected, String.join(" ", Jsoup.parseBodyFragment(html).select("h1, h2, h3, h4, h5, h6")
                .stream().map(e -> e.tagName()).toList()), html);
    }
}

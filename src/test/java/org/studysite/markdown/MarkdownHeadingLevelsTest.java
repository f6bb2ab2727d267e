package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headings never skip a level (the page title is the h1 before the body), and a page has one h1: a body's opening
 * h1 is its title, a later h1 a section. Markdown and raw HTML alike.
 */
class MarkdownHeadingLevelsTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "## a|### b|#### c;                     h2 h3 h4",
            "### a|##### b|## c|#### d;             h2 h3 h2 h3",
            "# a|### b|###### c;                    h1 h2 h3",
            "## a|<h5>Tip</h5>|### b;               h2 h3 h3",
            "#### a|<div><h6>Tip</h6></div>;         h2 h3",
            "## a|> ##### quoted;                   h2 h3",
            // One h1 per page: the opening h1 is the title, any later h1 a section with its subsections beneath it.
            "# t|# a|## b|# c|### d;                h1 h2 h3 h2 h3",
            "## a|# b|## c;                         h2 h2 h3",
            "# t|## a|# b|###### c;                 h1 h2 h2 h3",
            "# t|<h1>raw</h1>|## x;                 h1 h2 h3",
            "<h1>raw</h1>|# t;                      h1 h2",
            "text first|# t|## a;                   h1 h2"})
    void levelsCloseTheirGaps(String source, String expected) {
        String html = MD.render(MD.parse(source.replace("|", "\n\n")), RenderHooks.IDENTITY).html();
        assertEquals(expected, String.join(" ", Jsoup.parseBodyFragment(html).select("h1, h2, h3, h4, h5, h6")
                .stream().map(e -> e.tagName()).toList()), html);
    }
}

package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tables: a comparison table's empty corner cell is not an empty header (axe empty-table-header); every table, from
 * Markdown or raw HTML, sits in a named, focusable scroll region, so a wide one scrolls instead of being cut off.
 */
class MarkdownTablesTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static String html(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY).html();
    }

    @Test
    void emptyFirstHeaderCellIsADataCellAndNamedHeadersStayHeaders() {
        assertEquals("""
                <div class="table-scroll" role="region" aria-label="Table: OPTIMIZE, VACUUM" tabindex="0"><table>
                <thead>
                <tr>
                <td></td>
                <th>OPTIMIZE</th>
                <th align="right">VACUUM</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>Does</td>
                <td>compacts</td>
                <td align="right">deletes</td>
                </tr>
                </tbody>
                </table></div>
                """, html("""
                |  | OPTIMIZE | VACUUM |
                |---|---|--:|
                | Does | compacts | deletes |
                """));
    }

    @Test
    void anEmptyBodyCellStaysAsItIs() {
        assertEquals("<td></td>", html("| A | B |\n|---|---|\n|  | x |\n").lines()
                .filter(l -> l.startsWith("<td")).findFirst().orElseThrow());
    }

    @Test
    void aRawHtmlTableGetsTheSameScrollRegionAsAMarkdownOne() {
        String html = html("""
                <table><tr><th>Batch</th><th>Streaming</th></tr><tr><td>a</td><td>b</td></tr></table>

                | Offline store | Online store |
                |---|---|
                | Delta | low latency |
                """);
        assertEquals(2, html.split("<div class=\"table-scroll\" role=\"region\"", -1).length - 1, html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(
                "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table: Batch, Streaming\" tabindex=\"0\"><table>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("aria-label=\"Table: Offline store, Online store\""), html);
        org.junit.jupiter.api.Assertions.assertTrue(!html.contains("<table tabindex"), "the region, not the table, is the stop: " + html);
    }

    @Test
    void aLongHeaderRowIsShortenedInTheName() {
        String html = html("| " + "Column with a long name | ".repeat(6) + "\n" + "|---".repeat(6) + "|\n" + "| x ".repeat(6) + "|\n");
        String label = html.replaceFirst("(?s).*aria-label=\"([^\"]*)\".*", "$1");
        org.junit.jupiter.api.Assertions.assertTrue(label.startsWith("Table: Column with a long name, Column") && label.endsWith("...")
                && label.length() <= "Table: ".length() + 83, label);
    }
}

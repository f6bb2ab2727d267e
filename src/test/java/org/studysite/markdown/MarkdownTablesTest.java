package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tables: a comparison table's empty corner cell is not an empty header (axe empty-table-header). */
class MarkdownTablesTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static String html(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY).html();
    }

    @Test
    void emptyFirstHeaderCellIsADataCellAndNamedHeadersStayHeaders() {
        assertEquals("""
                <table tabindex="0">
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
                </table>
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
}

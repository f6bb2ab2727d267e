package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KramdownRewriterTest {
    private static String kramdown(String body) {
        return RewriterCase.rewrite(new KramdownRewriter(), "a.md", body);
    }

    @Test
    void blockAttributeListsAreDroppedInsideQuotesToo() {
        assertEquals("Note\n\n> Quoted\n>", kramdown("Note\n{: .note }\n> Quoted\n> {: .warning }"));
    }

    @Test
    void spanAttributeListsAfterInlineElementsAreDropped() {
        assertEquals("**Title** and `code`", kramdown("**Title**{:.title} and `code`{: .x}"));
    }

    @Test
    void theTocListIsDropped() {
        assertEquals("\n\n# Heading", kramdown("1. TOC\n{:toc}\n# Heading"));
    }

    @Test
    void markdownDivLinesAreBlankedPlainNestedDivsKept() {
        assertEquals("\n<div class=\"x\">\n**bold**\n</div>\n", kramdown("<div markdown=\"1\">\n<div class=\"x\">\n**bold**\n</div>\n</div>"));
    }

    @Test
    void codeIsLeftAsWritten() {
        String body = "```\n{: .note }\n```";
        assertEquals(body, kramdown(body));
    }
}

package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MkDocsRewriterTest {
    private static String mkdocs(String body) {
        return RewriterCase.rewrite(new MkDocsRewriter(), "a.md", body);
    }

    @Test
    void iconsAndAttributeListsAreDropped() {
        assertEquals("[ Source](x.md) and [Go](y.md)", mkdocs("[:octicons-file-code-24: Source](x.md) and [Go](y.md){ .md-button }"));
        assertEquals("`note`, x\n", mkdocs("`note`{: #note }, x\n{ .grid }"));
    }

    @Test
    void aDefinitionBecomesAnItemUnderItsTerm() {
        assertEquals("Term\n-   !!! note", mkdocs("Term\n:   !!! note"));
        assertEquals("Term\n\n-   text", mkdocs("Term\n\n:   text"));
    }

    @Test
    void theTocMarkerIsDroppedAndCodeKept() {
        assertEquals("# T\n\nx", mkdocs("# T\n[TOC]\nx"));
        assertEquals("```\n[TOC]\n{ .x }\n```", mkdocs("```\n[TOC]\n{ .x }\n```"));
    }
}

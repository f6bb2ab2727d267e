package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VitePressRewriterTest {
    private static String vitepress(String body) {
        return RewriterCase.rewrite(new VitePressRewriter(), "a.md", body);
    }

    @Test
    void scriptSetupAndStyleBlocksAreBlanked() {
        assertEquals("\n\n\n# Title\n", vitepress("<script setup>\nimport X from './x.vue'\n</script>\n# Title\n<style scoped>.a{}</style>"));
    }

    @Test
    void tocMarkerAndLinkAttributesAreDropped() {
        assertEquals("\n[a](x.md) and [b](y.md)", vitepress("[[toc]]\n[a](x.md){target=\"_self\"} and [b](y.md){: .btn }"));
    }

    @Test
    void frontmatterVariablesAreFilledIn() {
        assertEquals("# The Title: The description", vitepress("# {{ $frontmatter.title }}: {{ $frontmatter.description }}"));
    }

    @Test
    void codeIsLeftAsWritten() {
        String body = "```vue\n<script setup>\n[[toc]]\n```";
        assertEquals(body, vitepress(body));
    }
}

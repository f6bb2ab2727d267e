package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObsidianRewriterTest {
    private static String obsidian(String body) {
        return RewriterCase.rewrite(new ObsidianRewriter(), "a.md", body);
    }

    @Test
    void wikilinksBecomeLinksToTheNamedTarget() {
        assertEquals("See [S3](<wiki:S3>).", obsidian("See [[S3]]."));
        assertEquals("[storage classes](<wiki:S3#Storage classes>)", obsidian("[[S3#Storage classes|storage classes]]"));
        assertEquals("[S3 > Storage classes](<wiki:S3#Storage classes>)", obsidian("[[S3#Storage classes]]"));
        assertEquals("[Intro](<wiki:#Intro>)", obsidian("[[#Intro]]"));
        assertEquals("[Note](<wiki:aws/Note.md>)", obsidian("[[aws/Note.md]]"));
    }

    @Test
    void embedsBecomeImagesOrLinks() {
        assertEquals("![diagram.png](<wiki:diagram.png>)", obsidian("![[diagram.png]]"));
        assertEquals("![diagram.png](<wiki:diagram.png>)", obsidian("![[diagram.png|300]]"));
        assertEquals("![The flow](<wiki:flow.svg>)", obsidian("![[flow.svg|The flow]]"));
        assertEquals("[Other note](<wiki:Other note>)", obsidian("![[Other note]]"));
    }

    @Test
    void codeAndNonLinksAreLeftAsWritten() {
        assertEquals("`[[S3]]` and [S3](<wiki:S3>)", obsidian("`[[S3]]` and [[S3]]"));
        assertEquals("```\n[[S3]]\n```", obsidian("```\n[[S3]]\n```"));
        assertEquals("[[]] is empty", obsidian("[[]] is empty"));
        assertEquals("# Title\n\ntext", obsidian("# Title\n[[_TOC_]]\ntext"));
    }
}

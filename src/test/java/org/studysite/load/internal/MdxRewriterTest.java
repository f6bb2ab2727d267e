package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MdxRewriterTest {
    private static String mdx(String file, String body) {
        return RewriterCase.rewrite(new MdxRewriter(), file, body);
    }

    @Test
    void importsAndExportsAreDroppedToTheNextBlankLine() {
        assertEquals("\n\n\n\n# Title", mdx("a.mdx", "import Tabs from '@theme/Tabs';\nexport const x = {\n};\n\n# Title"));
    }

    @Test
    void expressionsAndCommentsAreDroppedSpacesKeptHeadingIdsAndCodeSpansKept() {
        assertEquals("A  B C `{x}`", mdx("a.mdx", "A {JSON.stringify(toc)} B{' '}C {/* note */}`{x}`"));
        assertEquals("## Heading {#my-id}", mdx("a.mdx", "## Heading {#my-id}"));
    }

    @Test
    void tabItemsBecomeLabelledItemsInAnyFile() {
        assertEquals("\n**Python**\n- **SQL**: SELECT 1\n", mdx("a.md", "<Tabs>\n<TabItem value=\"py\" label=\"Python\">\n<TabItem value=\"sql\" label=\"SQL\">SELECT 1</TabItem>\n</Tabs>"));
    }

    @Test
    void anMdxCodeBlockIsUnwrappedItsContentIsMarkdown() {
        assertEquals("\n**bold**\n", mdx("a.mdx", "```mdx-code-block\n**bold**\n```"));
    }

    @Test
    void expressionsInMarkdownFilesAndInCodeAreLeftAlone() {
        assertEquals("Set {x} here", mdx("a.md", "<Tabs>\nSet {x} here").split("\n")[1]);
        String code = "```js\nconst a = {b: 1};\nimport x from 'y';\n```";
        assertEquals(code, mdx("a.mdx", code));
    }
}

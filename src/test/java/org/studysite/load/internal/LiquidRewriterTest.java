package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LiquidRewriterTest {
    private static String liquid(String body) {
        return RewriterCase.rewrite(new LiquidRewriter(), "a.md", body);
    }

    @Test
    void rawRegionsKeepTheirTextAndLoseTheirMarkers() {
        assertEquals("Use {{ page.title }} in a layout.", liquid("Use {% raw %}{{ page.title }}{% endraw %} in a layout."));
    }

    @Test
    void linksBecomeRootRelativePathsAndBaseUrlDisappears() {
        assertEquals("[Posts](/_docs/posts.md) and [home](/index.html)",
                liquid("[Posts]({% link _docs/posts.md %}) and [home]({{ site.baseurl }}/index.html)"));
        assertEquals("[a](/assets/x.png)", liquid("[a]({{ '/assets/x.png' | relative_url }})"));
    }

    @Test
    void otherTagsAndSiteVariablesAreDroppedPageVariablesFilledIn() {
        assertEquals("# The Title —  The description", liquid("# {% if x %}{{ page.title }} — {{ site.name }} {{ page.description }}"));
    }

    @Test
    void rawMarkersInsideFencedCodeGoAndTheLineCountIsKeptAfterTheFence() {
        assertEquals("```liquid\n{{ content }}\n```\n\n", liquid("```liquid\n{% raw %}\n{{ content }}\n{% endraw %}\n```"));
    }

    @Test
    void rawMarkerLinesOfAFenceNeverClosedComeBackAtTheEnd() {
        // Found by MarkdownDialectsFuzzTest (finding-line-count-1): the marker lines were only added back after a
        // closing fence, so a fence running to the end of the note lost a line.
        assertEquals("~~~\n{{ x }}\n\n", liquid("~~~\n{% raw %}\n{{ x }}\n{% endraw %}"));
        assertEquals("````ruby\nputs 1\n", liquid("{% highlight ruby %}\n{% raw %}\nputs 1"));
    }

    @Test
    void aBaseUrlSplitOverBlankLinesIsLeftAlone() {
        // \\s* took every blank line between `{{` and `site.baseurl }}`, and only one line break came back.
        assertEquals("a {{\n\n\nsite.baseurl }} b".split("\n", -1).length,
                liquid("a {{\n\n\nsite.baseurl }} b").split("\n", -1).length);
    }

    @Test
    void codeWithoutRawMarkersIsLeftAsWritten() {
        String body = "```\n{% include x.html %}\n```";
        assertEquals(body, liquid(body));
    }

    @Test
    void baseUrlSplitOverTwoLinesMovesTheLineBreakOutOfTheLink() {
        assertEquals("[a](/x.html)\nb", liquid("[a]({{\nsite.baseurl }}/x.html) b"));
    }

    @Test
    void doesNotApplyToPlainMarkdown() {
        assertFalse(new LiquidRewriter().appliesTo("# Title\n\n{: .note }", new DialectRewriter.Page("a.md", null, null)));
    }
}

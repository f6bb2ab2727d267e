package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownCalloutsTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static String html(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY).html();
    }

    @ParameterizedTest(name = ":::{0} → callout-{1} \"{2}\"")
    @CsvSource({
            "note, note, Note",
            "tip, tip, Tip",
            "info, info, Info",
            "warning, warning, Warning",
            "danger, danger, Danger",
            "caution, warning, Caution",
            "important, info, Important",
            "my-custom-admonition, note, My-custom-admonition",
            "TIP, tip, Tip"})
    void eachTypeWithDefaultTitle(String type, String kind, String title) {
        assertEquals("<aside class=\"callout callout-" + kind + "\" role=\"note\"><p class=\"callout-title\">" + title
                + "</p>\n<p>Body.</p>\n</aside>\n", html(":::" + type + "\nBody.\n:::\n"));
    }

    @Test
    void titleAfterType() {
        assertTrue(html(":::tip My title\nx\n:::\n").startsWith(
                "<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">My title</p>"));
    }

    @Test
    void vitePressSpaceForm() {
        assertTrue(html("::: warning Exam trap\nx\n:::\n").startsWith(
                "<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Exam trap</p>"));
        assertTrue(html("::: tip\nx\n:::\n").contains("<p class=\"callout-title\">Tip</p>"));
    }

    @Test
    void docusaurusBracketTitle() {
        assertTrue(html(":::tip[Remember this]\nx\n:::\n").contains("<p class=\"callout-title\">Remember this</p>"));
    }

    @Test
    void titleIsEscaped() {
        assertTrue(html(":::note <b>bold</b> & co\nx\n:::\n")
                .contains("<p class=\"callout-title\">&lt;b&gt;bold&lt;/b&gt; &amp; co</p>"));
    }

    @Test
    void contentWithListsAndCode() {
        String html = html("""
                :::info
                - one
                  - nested
                - two

                ```
                :::
                code
                ```

                after
                :::
                outside
                """);
        assertEquals("""
                <aside class="callout callout-info" role="note"><p class="callout-title">Info</p>
                <ul>
                <li>one
                <ul>
                <li>nested</li>
                </ul>
                </li>
                <li>two</li>
                </ul>
                <div class="code-block"><pre class="code" tabindex="0"><code>:::
                code
                </code></pre></div>
                <p>after</p>
                </aside>
                <p>outside</p>
                """, html);
    }

    @Test
    void nestedWithMoreColons() {
        String html = html("""
                ::::warning Outer
                :::tip Inner
                inner text
                :::
                outer text
                ::::
                after
                """);
        assertEquals("""
                <aside class="callout callout-warning" role="note"><p class="callout-title">Outer</p>
                <aside class="callout callout-tip" role="note"><p class="callout-title">Inner</p>
                <p>inner text</p>
                </aside>
                <p>outer text</p>
                </aside>
                <p>after</p>
                """, html);
    }

    @Test
    void unclosedRunsToTheEnd() {
        assertEquals("""
                <p>before</p>
                <aside class="callout callout-danger" role="note"><p class="callout-title">Danger</p>
                <p>one</p>
                <h2 id="still-inside">Still inside <a class="anchor" href="#still-inside" aria-label="Permalink to Still inside" tabindex="-1">#</a></h2>
                </aside>
                """, html("before\n\n:::danger\none\n\n## Still inside\n"));
    }

    @Test
    void openerInterruptsParagraphAndCloserEndsIt() {
        assertEquals("""
                <p>text</p>
                <aside class="callout callout-note" role="note"><p class="callout-title">Note</p>
                <p>a
                b</p>
                </aside>
                """, html("text\n:::note\na\nb\n:::\n"));
    }

    @Test
    void bareColonsAreText() {
        assertEquals("<p>:::</p>\n", html(":::\n"));
        assertEquals("<div class=\"code-block\"><pre class=\"code\" tabindex=\"0\"><code>:::tip\n</code></pre></div>\n",
                html("    :::tip\n"));
    }

    @Test
    void headingsInCalloutsAreInTheOutline() {
        var outline = MD.outline(MD.parse(":::tip\n## Inside\n:::\n"), "n.md", 1);
        assertEquals("inside", outline.headings().get(0).id());
    }

    @ParameterizedTest(name = "[!{0}] → callout-{1} \"{2}\"")
    @CsvSource({
            "NOTE, note, Note",
            "TIP, tip, Tip",
            "IMPORTANT, info, Important",
            "WARNING, warning, Warning",
            "CAUTION, danger, Caution",
            "note, note, Note",
            "Warning, warning, Warning"})
    void githubAlerts(String marker, String kind, String title) {
        assertEquals("<aside class=\"callout callout-" + kind + "\" role=\"note\"><p class=\"callout-title\">" + title
                        + "</p>\n<p>Useful <em>information</em>.</p>\n<p>More.</p>\n</aside>\n",
                html("> [!" + marker + "]\n> Useful *information*.\n>\n> More.\n"));
    }

    @Test
    void alertWithMarkerOnItsOwnParagraph() {
        assertEquals("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Tip</p>\n"
                + "<ul>\n<li>a</li>\n</ul>\n</aside>\n", html("> [!TIP]\n>\n> - a\n"));
    }

    @Test
    void normalBlockQuotesAreUntouched() {
        assertEquals("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n", html("> Just a quote.\n"));
        assertFalse(html("> text\n> [!NOTE]\n").contains("callout"));
        assertFalse(html("> [!] x\n").contains("callout"));
    }

    @Test
    void aTitleOnTheMarkerLineOrAnUnknownTypeIsAnObsidianCallout() {
        // GitHub shows these two as quotes; Obsidian, where study vaults are written, as callouts: we follow Obsidian.
        assertEquals("<aside class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">on the same line</p>\n</aside>\n",
                html("> [!NOTE] on the same line\n"));
        assertEquals("<aside class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">Unknown</p>\n<p>text</p>\n</aside>\n",
                html("> [!UNKNOWN]\n> text\n"));
    }

    @Test
    void alertInsideListItem() {
        assertTrue(html("- item\n\n  > [!WARNING]\n  > careful\n")
                .contains("<aside class=\"callout callout-warning\" role=\"note\">"));
    }

    @Test
    void mkdocsAdmonitionBodyIsTheIndentedLines() {
        assertEquals("<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Exam trap</p>\n"
                + "<p>Indented body.</p>\n<ul>\n<li>a list</li>\n</ul>\n</aside>\n<p>Back in the page.</p>\n",
                html("!!! warning \"Exam trap\"\n\n    Indented body.\n\n    - a list\n\nBack in the page.\n"));
    }

    @Test
    void mkdocsTypesTitlesAndEmptyTitle() {
        assertTrue(html("!!! tip\n    x\n").contains("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Tip</p>"));
        assertTrue(html("!!! success\n    x\n").contains("callout-tip"));
        assertTrue(html("!!! bug\n    x\n").contains("callout-danger"));
        assertTrue(html("!!! info inline end \"Side\"\n    x\n").contains("<p class=\"callout-title\">Side</p>"));
        assertEquals("<aside class=\"callout callout-note\" role=\"note\">\n<p>x</p>\n</aside>\n", html("!!! note \"\"\n    x\n"));
    }

    @Test
    void mkdocsCollapsibleClosedAndOpen() {
        assertEquals("<details class=\"callout callout-details\"><summary>Which option is cheapest?</summary>\n"
                + "<p>Reserved Instances.</p>\n</details>\n", html("??? question \"Which option is cheapest?\"\n    Reserved Instances.\n"));
        assertTrue(html("???+ note\n    x\n").startsWith("<details class=\"callout callout-details\" open=\"\"><summary>Note</summary>"));
    }

    @Test
    void mkdocsTabsShowTheirLabelAboveTheirContent() {
        assertEquals("<p class=\"callout-tab\"><strong>Linux</strong></p>\n<p>yum</p>\n"
                + "<p class=\"callout-tab\"><strong>Windows</strong></p>\n<p>choco</p>\n",
                html("=== \"Linux\"\n\n    yum\n\n=== \"Windows\"\n\n    choco\n"));
    }

    @Test
    void proseWithBangsOrQuestionMarksStaysProse() {
        assertEquals("<p>!!! Important !!!</p>\n", html("!!! Important !!!\n"));
        assertEquals("<p>??? What ???</p>\n<p>!!!!</p>\n", html("??? What ???\n\n!!!!\n"));
        assertEquals("<p>Is it?? yes!!! note</p>\n", html("Is it?? yes!!! note\n"));
        assertEquals("<p>=== not a tab</p>\n", html("=== not a tab\n"));
    }

    @Test
    void obsidianCalloutsTypesTitlesAndFolding() {
        assertEquals("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Exam tip: watch out</p>\n"
                + "<p>Remember this.</p>\n</aside>\n", html("> [!tip] Exam tip: **watch** out\n> Remember this.\n"));
        assertEquals("<details class=\"callout callout-details\"><summary>Which is cheapest?</summary>\n"
                + "<p>Reserved Instances.</p>\n</details>\n", html("> [!question]- Which is cheapest?\n> Reserved Instances.\n"));
        assertTrue(html("> [!faq]+ Open\n> x\n").startsWith("<details class=\"callout callout-details\" open=\"\"><summary>Open</summary>"));
        assertTrue(html("> [!example]\n> x\n").contains("<p class=\"callout-title\">Example</p>"));
        // GitHub's own five keep their colours.
        assertTrue(html("> [!CAUTION]\n> x\n").startsWith("<aside class=\"callout callout-danger\""));
        assertEquals("<blockquote>\n<p>[not a callout] x</p>\n</blockquote>\n", html("> [not a callout] x\n"));
    }
}

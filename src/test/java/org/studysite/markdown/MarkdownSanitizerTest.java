package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownSanitizerTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static String html(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY).html();
    }

    @Test
    void scriptIsRemovedWithItsContent() {
        String html = html("Before\n\n<script>alert('x')</script>\n\nInline <script>steal()</script> after\n");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("steal"), html);
        assertTrue(html.contains("<p>Before</p>"), html);
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = html("<div onclick=\"alert(1)\">x</div>\n\n<img src=\"a.png\" onerror=\"alert(1)\" alt=\"a\">\n");
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertTrue(html.contains("<img src=\"a.png\" alt=\"a\">"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"vbscript:alert(1)\">x</a>",
            "<a href=\"data:text/html,alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](JAVASCRIPT:alert%281%29)",
            "![x](javascript:alert(1))",
            // Found by SanitizerFuzzTest (finding-markdown-script-link): Docusaurus's pathname:// prefix was
            // stripped and what followed it passed unchecked.
            "[x](pathname://javascript:alert(0))",
            "[x]: pathname://vbscript:x\n\n[y][x]"})
    void scriptUrlsAreRemoved(String markdown) {
        String html = html(markdown + "\n\ntext <b>raw</b>\n").toLowerCase();
        assertFalse(html.contains("script:"), html);
        assertFalse(html.contains("data:"), html);
        String fastPath = html(markdown + "\n").toLowerCase();
        assertFalse(fastPath.contains("script:"), fastPath);
        assertFalse(fastPath.contains("data:"), fastPath);
    }

    @Test
    void styleAttributesAndStyleElementsAreRemoved() {
        String html = html("<p style=\"color:red\">red</p>\n\n<style>body{display:none}</style>\n");
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("display"), html);
        assertTrue(html.contains("<p>red</p>"), html);
    }

    @Test
    void iframeObjectEmbedSvgFormAreRemoved() {
        String html = html("<iframe src=\"https://evil.example\"></iframe>\n\n<object data=\"x\"></object>\n\n"
                + "<embed src=\"x\">\n\n<svg onload=\"alert(1)\"></svg>\n\n"
                + "<form action=\"https://evil.example\"><input type=\"password\"></form>\n");
        for (String bad : new String[] {"iframe", "object", "embed", "svg", "form", "password", "evil"}) {
            assertFalse(html.contains(bad), bad + " in " + html);
        }
    }

    @Test
    void usefulHtmlIsKept() {
        String html = html("""
                Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>,<br>next line.
                <mark>marked</mark> <abbr title="HyperText">HTML</abbr> <ins>new</ins> <del>old</del>

                <details>
                <summary>Answer</summary>

                **B** is right.

                </details>

                <dl><dt>Term</dt><dd>Definition</dd></dl>
                """);
        assertTrue(html.contains("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>,<br>next line."),
                html);
        assertTrue(html.contains("<mark>marked</mark> <abbr title=\"HyperText\">HTML</abbr> <ins>new</ins> "
                + "<del>old</del>"), html);
        assertTrue(html.contains("<details>\n<summary>Answer</summary>\n<p><strong>B</strong> is right.</p>\n"
                + "</details>"), html);
        assertTrue(html.contains("<dl><dt>Term</dt><dd>Definition</dd></dl>"), html);
    }

    @Test
    void userClassesAndIdsOnDivAndSpanAreDropped() {
        String html = html("<div class=\"x\" id=\"y\">d</div>\n\n<span class=\"big red\">s</span>\n");
        assertTrue(html.contains("<div>d</div>"), html);
        assertTrue(html.contains("<span>s</span>"), html);
    }

    @Test
    void anchorsKeepTheirIds() {
        assertTrue(html("<a id=\"here\"></a>\n\n<a name=\"old\"></a>\n").contains("<a id=\"here\"></a>"));
    }

    @Test
    void ourOwnMarkupSurvivesSanitizing() {
        String markdown = """
                ## Heading

                :::tip
                - [x] done
                :::

                ```python
                x = 1
                ```

                Text[^1] with <kbd>raw</kbd>.

                [^1]: Note.
                """;
        String html = html(markdown);
        assertTrue(html.contains("<h2 id=\"heading\">Heading <a class=\"anchor\" href=\"#heading\" "
                + "aria-label=\"Permalink to Heading\" tabindex=\"-1\">#</a></h2>"), html);
        assertTrue(html.contains("<aside class=\"callout callout-tip\" role=\"note\">"
                + "<p class=\"callout-title\">Tip</p>"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled checked>"), html);
        assertTrue(html.contains("<div class=\"code-block\"><pre class=\"code\" data-lang=\"python\" tabindex=\"0\">"
                + "<code class=\"language-python\">x <span class=\"tok-op\">=</span> "
                + "<span class=\"tok-num\">1</span>"), html);
        assertTrue(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\""), html);
        assertTrue(html.contains("<section class=\"footnotes\""), html);
    }

    @Test
    void noRawHtmlMeansNoJsoupPass() {
        // commonmark's own XHTML-style void elements show that jsoup did not re-serialize the page
        assertEquals("<p>a<br />\nb</p>\n<hr />\n", html("a\\\nb\n\n---\n"));
        assertEquals("<p>a<br>\nb</p>\n<hr>\n\n", html("a\\\nb\n\n---\n\n<!-- comment -->\n"));
    }

    @Test
    void htmlCommentsDisappear() {
        assertEquals("<p>Keep <em>this</em>.</p>\n", html("<!-- hidden -->\nKeep *this*.\n").replace("\n\n", "\n")
                .replaceFirst("^\n", ""));
    }

    @Test
    void ghMdTocRegionIsDropped() {
        String html = html("""
                # Title

                <!--ts-->
                * [Title](#title)
                * [Usage](#usage)
                <!--te-->

                ## Usage
                """);
        assertFalse(html.contains("<ul>"), html);
        assertFalse(html.contains("<!--"), html);
        assertTrue(html.contains("<h2 id=\"usage\">"), html);
    }

    @Test
    void unmatchedTocStartOnlyLosesTheComment() {
        String html = html("<!--ts-->\n* [a](#a)\n\nText\n");
        assertTrue(html.contains("<li><a href=\"#a\">a</a></li>"), html);
        assertFalse(html.contains("<!--"), html);
    }
}

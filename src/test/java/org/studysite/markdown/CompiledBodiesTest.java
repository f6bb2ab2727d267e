package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.model.CompiledBody;

/**
 * A body compiled at load and filled at render is byte for byte the body rendered from its Markdown with the same
 * hooks: for every Markdown golden fixture and for hostile bodies (raw HTML around links, links inside elements
 * the sanitizer removes or turns to text, URLs the sanitizer refuses or escapes differently from the renderer),
 * each under hooks that rewrite URLs in ways a page could.
 */
class CompiledBodiesTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static final List<String> HOSTILE = List.of(
            "[a](a.md) <b>raw</b> ![i](i.png)\n",
            "<textarea>[in textarea](a.md) ![img](i.png)</textarea> [after](b.md)\n",
            "<script>[in script](a.md)</script> [after](b.md)\n",
            "<style>[in style](a.md)</style>\n\n<xmp>[xmp](a.md)</xmp> <title>[t](t.md)</title>\n",
            "<svg>[in svg](a.md)</svg> <iframe>[in iframe](a.md)</iframe> <noembed>[n](n.md)</noembed>\n",
            "<div>\n\n[a](a.md \"title & <more>\") ![i](i.png \"t\")\n\n</div>\n",
            "<kbd>[x](x.md)</kbd>\n\n```quiz q1#a\n```\n\n<i>[y](y.md)</i>\n\n```quiz q2\n```\n",
            "```quiz q1\n```\n\n[x](x.md)\n",
            "```quiz q1\n```\n```quiz q2\n```\nText\n\n```quiz q3\n```",
            "Text with \u0001 and \u00010\u0001 <b>raw</b> [x](x.md)\n",
            "Text with \u00010\u0001 [x](x.md)\n",
            "<a href=\"javascript:x\">raw</a> [md](y.md) <plaintext>[p](p.md)\n");

    /** How a page may rewrite a destination: as it is, to schemes the sanitizer refuses, with odd characters. */
    private static final List<UnaryOperator<String>> REWRITES = List.of(
            d -> d,
            d -> d.replace(".md", ".html"),
            d -> "ftp://host/" + d,
            d -> "//[::1/" + d,
            d -> "../" + d + "?a=1&b=\"2\"<3>\u00a0'",
            d -> "javascript:alert(1)",
            d -> "",
            d -> "#" + d,
            d -> "mailto:x@y.z?subject=" + d,
            d -> "https://example.com/" + d + " x");

    static Stream<String> bodies() throws IOException {
        List<String> all = new ArrayList<>(HOSTILE);
        Path dir = Path.of("src/test/resources/markdown");
        for (String name : MarkdownGoldenTest.fixtures().toList()) {
            all.add(Files.readString(dir.resolve(name + ".md"), StandardCharsets.UTF_8));
        }
        return all.stream();
    }

    /** Embed HTML as a template gives it (ending its line), without a newline, and none (an unknown quiz). */
    private static final List<UnaryOperator<String>> EMBEDS = List.of(
            id -> "<div class=\"quiz\" data-quiz=\"" + id + "\">&amp; <b>trusted</b></div>",
            id -> "<div class=\"quiz\" data-quiz=\"" + id + "\">\n</div>\n",
            id -> "");

    private static RenderHooks hooks(UnaryOperator<String> rewrite) {
        return hooks(rewrite, EMBEDS.get(0));
    }

    private static RenderHooks hooks(UnaryOperator<String> rewrite, UnaryOperator<String> embed) {
        return new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                return rewrite.apply(destination);
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return embed.apply(quizId + "#" + questionId);
            }
        };
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void fillingTheCompiledBodyGivesTheRenderedHtml(String markdown) {
        var document = MD.parse(markdown);
        CompiledBody compiled = MD.compile(document);
        for (UnaryOperator<String> rewrite : REWRITES) {
            checkFill(markdown, document, compiled, hooks(rewrite));
        }
        for (UnaryOperator<String> embed : EMBEDS) {
            checkFill(markdown, document, compiled, hooks(d -> d, embed));
        }
    }

    private static void checkFill(String markdown, org.commonmark.node.Node document, CompiledBody compiled,
                                  RenderHooks hooks) {
        RenderedMarkdown expected = MD.render(document, hooks);
        RenderedMarkdown actual = CompiledBodies.fill(compiled, hooks);
        assertEquals(expected.html(), actual.html(), "rewrite " + hooks.resolveLink("a.md", false) + ", embed "
                + hooks.quizEmbed("q", null) + " of\n" + markdown);
        assertEquals(List.of(expected.hasCode(), expected.hasMermaid(), expected.hasQuiz()),
                List.of(actual.hasCode(), actual.hasMermaid(), actual.hasQuiz()), markdown);
    }

    @Test
    void quizEmbedsAreSlotsFilledPerPage() {
        CompiledBody compiled = MD.compile(MD.parse("Intro <b>raw</b>\n\n```quiz q1#a\n```\n"));
        assertEquals(List.of(new CompiledBody.Embed("q1", "a")), compiled.embeds());
        assertTrue(compiled.sanitized());
        String html = CompiledBodies.fill(compiled, hooks(d -> d)).html();
        assertTrue(html.contains("<div class=\"quiz\" data-quiz=\"q1#a\">&amp; <b>trusted</b></div>"), html);
    }

    /**
     * The one case that is not filled exactly: a link written inside a {@code <textarea>} in a table header
     * becomes text of the header, which the sanitizer copies into the table's aria-label (normalising its spaces,
     * shortening it and so maybe cutting the slot). It still compiles, and every whole slot is filled.
     */
    @Test
    void aSlotCutShortInATableLabelCompilesAndTheRestIsFilled() {
        for (int words = 0; words < 40; words++) { // the label is shortened before, at or after the slot
            String header = "word ".repeat(words) + "<textarea>[x](a.md)</textarea> " + "tail ".repeat(20);
            CompiledBody compiled = MD.compile(MD.parse("| " + header + " |\n|---|\n| [y](b.md) |\n"));
            String html = CompiledBodies.fill(compiled, hooks(d -> d.replace(".md", ".html"))).html();
            assertTrue(html.contains("<a href=\"b.html\">y</a>"), html);
            assertTrue(html.contains("&lt;a href=\"a.html\"&gt;x&lt;/a&gt;"), html);
            assertFalse(html.contains("\u0001") || html.contains("&#x1;"), html);
        }
    }

    @Test
    void aRefusedSchemeLosesItsAttributeInASanitizedBody() {
        CompiledBody compiled = MD.compile(MD.parse("<b>raw</b> [x](a.md \"t\")\n"));
        String html = CompiledBodies.fill(compiled, hooks(d -> "//[::1/a")).html();
        assertTrue(html.contains("<a title=\"t\">x</a>"), html);
        assertFalse(html.contains("::1"), html);
    }
}

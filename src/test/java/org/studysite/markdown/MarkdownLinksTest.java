package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    @Test
    void everyLinkAndImageGoesThroughTheHook() {
        List<String> seen = new ArrayList<>();
        RenderHooks hooks = new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                seen.add((image ? "img:" : "a:") + destination);
                return destination.endsWith(".md") ? "../" + destination.replace(".md", "/") : destination;
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return "";
            }
        };
        String html = MD.render(MD.parse("""
                [a](notes/a.md) [ext](https://x.org) ![i](p.png) <https://auto.org> [r][ref] https://bare.org

                [ref]: notes/r.md
                """), hooks).html();
        assertEquals(List.of("a:notes/a.md", "a:https://x.org", "img:p.png", "a:https://auto.org", "a:notes/r.md",
                "a:https://bare.org"), seen);
        assertEquals("<p><a href=\"../notes/a/\">a</a> <a href=\"https://x.org\">ext</a> "
                + "<img src=\"p.png\" alt=\"i\" /> <a href=\"https://auto.org\">https://auto.org</a> "
                + "<a href=\"../notes/r/\">r</a> <a href=\"https://bare.org\">https://bare.org</a></p>\n", html);
    }

    @Test
    void hookResultsAreStillCheckedByTheUrlPolicy() {
        RenderHooks evil = new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                return "javascript:alert(1)";
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return "";
            }
        };
        assertEquals("<p><a href=\"\">a</a> <img src=\"\" alt=\"i\" /></p>\n",
                MD.render(MD.parse("[a](a.md) ![i](i.png)\n"), evil).html());
    }

    @Test
    void mailtoAndTelLinksAreAllowedButNotForImages() {
        assertEquals("<p><a href=\"mailto:a@b.c\">m</a> <a href=\"tel:+123\">t</a> <img src=\"\" alt=\"x\" /></p>\n",
                MD.render(MD.parse("[m](mailto:a@b.c) [t](tel:+123) ![x](mailto:a@b.c)\n"), RenderHooks.IDENTITY)
                        .html());
    }
}

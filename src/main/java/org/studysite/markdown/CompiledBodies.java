package org.studysite.markdown;

import java.util.ArrayList;
import java.util.List;

import org.studysite.markdown.internal.UrlPolicy;
import org.studysite.model.CompiledBody;

/**
 * Compiles a parsed body to HTML with link slots (load stage) and fills the slots with URLs relative to the page
 * being rendered (render stage), under the same URL policy as rendering from Markdown.
 */
final class CompiledBodies {
    private CompiledBodies() {
    }

    /** The body's HTML with slots, or null when it must be rendered from its Markdown (quiz embeds, sanitized raw HTML). */
    static CompiledBody compile(MarkdownSupport markdown, org.commonmark.node.Node document) {
        SlotRecorder slots = new SlotRecorder();
        RenderedMarkdown r = markdown.render(document, slots);
        if (r.hasQuiz() || !slots.allPresentIn(r.html())) {
            return null;
        }
        return new CompiledBody(r.html(), List.copyOf(slots.destinations), r.hasCode(), r.hasMermaid());
    }

    /** Records every link destination and hands back a numbered slot in its place. */
    private static final class SlotRecorder implements RenderHooks {
        final List<String> destinations = new ArrayList<>();

        @Override
        public String resolveLink(String destination, boolean image) {
            destinations.add(destination);
            return CompiledBody.SLOT + Integer.toString(destinations.size() - 1) + CompiledBody.SLOT;
        }

        @Override
        public String quizEmbed(String quizId, String questionId) {
            return "";
        }

        /** Raw HTML goes through a sanitizer that may drop or change slots: then the compiled form is unusable. */
        boolean allPresentIn(String html) {
            int found = 0;
            for (int i = html.indexOf(CompiledBody.SLOT); i >= 0; i = html.indexOf(CompiledBody.SLOT, i + 1)) {
                found++;
            }
            return found == 2 * destinations.size();
        }
    }

    static RenderedMarkdown fill(CompiledBody body, RenderHooks hooks) {
        String html = body.html();
        StringBuilder out = new StringBuilder(html.length() + 256);
        int from = 0;
        for (int start = html.indexOf(CompiledBody.SLOT); start >= 0; start = html.indexOf(CompiledBody.SLOT, from)) {
            int end = html.indexOf(CompiledBody.SLOT, start + 1);
            int slot = Integer.parseInt(html, start + 1, end, 10);
            out.append(html, from, start);
            // Same policy as rendering from Markdown: resolved by the hooks, then unsafe schemes dropped.
            String url = hooks.resolveLink(body.destinations().get(slot), isImage(html, start));
            out.append(escape(isImage(html, start) ? UrlPolicy.image(url) : UrlPolicy.link(url)));
            from = end + 1;
        }
        out.append(html, from, html.length());
        return new RenderedMarkdown(out.toString(), body.hasCode(), body.hasMermaid(), false);
    }

    /** The slot stands in a src attribute (an image) rather than an href. */
    private static boolean isImage(String html, int slotStart) {
        return slotStart >= 5 && html.startsWith("src=\"", slotStart - 5);
    }

    private static String escape(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (char c : url.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

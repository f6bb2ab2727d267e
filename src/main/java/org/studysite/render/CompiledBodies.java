package org.studysite.render;

import org.studysite.markdown.RenderHooks;
import org.studysite.markdown.RenderedMarkdown;
import org.studysite.markdown.internal.UrlPolicy;
import org.studysite.model.CompiledBody;

/** Fills the link slots of a compiled note body with URLs relative to the page being rendered. */
final class CompiledBodies {
    private CompiledBodies() {
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

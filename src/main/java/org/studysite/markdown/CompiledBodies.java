package org.studysite.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studysite.markdown.internal.HtmlSanitizer;
import org.studysite.markdown.internal.UrlPolicy;
import org.studysite.model.CompiledBody;

/**
 * Compiles a parsed body to HTML with slots (load stage) and fills the slots for the page being rendered (render
 * stage), so that the filled HTML is byte for byte what rendering the Markdown with the same hooks would give.
 * The render stage calls {@link #fill} only: it never parses Markdown.
 */
public final class CompiledBodies {
    private static final String LINK = "<a href=\"";
    private static final String IMAGE = "<img src=\"";

    private CompiledBodies() {
    }

    /**
     * The body's HTML with slots. Raw HTML is sanitized here, once: the sanitizer keeps a slot as it would keep a
     * relative URL, and {@link #fill} applies to the real URL what it would have done to it.
     */
    static CompiledBody compile(MarkdownSupport markdown, org.commonmark.node.Node document) {
        SlotRecorder slots = new SlotRecorder();
        RenderedMarkdown r = markdown.render(document, slots);
        return new CompiledBody(normalize(r.html()), slots.destinations, slots.embeds, r.hasCode(), r.hasMermaid(),
                MarkdownSupport.containsRawHtml(document));
    }

    /**
     * While rendering, a slot is written with a nonce, {@code U+0001 NONCE [q] N " U+0001}, so that a U+0001 of the
     * text itself is told apart (jsoup writes U+0001 as {@code &#x1;}), and with a quote that tells where the
     * sanitizer put it: {@code &quot;} in an attribute, {@code "} in text it decoded (a {@code <textarea>}),
     * {@code &amp;quot;} in text it took as written (after {@code <plaintext>}). In the compiled HTML a slot is
     * {@code U+0001 [q|t|r] N U+0001} (embed, decoded text, raw text; else an attribute) and the text's own U+0001
     * is {@code U+0001 U+0001}.
     */
    private static String normalize(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher slot = SLOT_WRITTEN.matcher(html);
        int i = 0;
        int raw = html.indexOf(CompiledBody.SLOT);
        int escaped = html.indexOf(ESCAPED_OPEN);
        // Only a raw U+0001 or an escaped one followed by the nonce needs a look; the text between is copied whole.
        while (raw >= 0 || escaped >= 0) {
            int at = raw < 0 ? escaped : escaped < 0 ? raw : Math.min(raw, escaped);
            out.append(html, i, at);
            i = at;
            boolean opens = html.startsWith(RAW_OPEN, i) || at == escaped;
            if (opens && slot.region(i, html.length()).lookingAt()) {
                String index = slot.group(1);
                String mode = index.startsWith("" + CompiledBody.EMBED) || slot.group(2).equals("&quot;") ? ""
                        : slot.group(2).equals("\"") ? "t" : "r";
                out.append(CompiledBody.SLOT).append(mode).append(index).append(CompiledBody.SLOT);
                i = slot.end();
            } else if (opens) {
                // A slot cut short: the sanitizer copied it into a shortened label (a table's aria-label made
                // from header text, when a link sits in a <textarea> in the header). The nonce goes; the rest
                // stays text. The one case where the filled HTML can differ from the rendered.
                i += at == escaped ? ESCAPED_OPEN.length() : RAW_OPEN.length();
            } else {
                out.append(CompiledBody.SLOT).append(CompiledBody.SLOT);
                i++;
            }
            raw = raw < i ? html.indexOf(CompiledBody.SLOT, i) : raw;
            escaped = escaped < i ? html.indexOf(ESCAPED_OPEN, i) : escaped;
        }
        return out.append(html, i, html.length()).toString();
    }

    /** Letters and digits only: it passes the renderer, the URL policy and the sanitizer as it is. */
    private static final String NONCE = "slot" + java.util.UUID.randomUUID().toString().replace("-", "") + "x";
    private static final String ESCAPED = "&#x1;";
    private static final String RAW_OPEN = CompiledBody.SLOT + NONCE;
    private static final String ESCAPED_OPEN = ESCAPED + NONCE;
    /** A whole slot as written: raw or escaped U+0001, the nonce, [q]N, the quote probe, U+0001 again. */
    private static final Pattern SLOT_WRITTEN = Pattern.compile("(?:\u0001|&#x1;)" + NONCE
            + "(q?\\d{1,9})(&amp;quot;|&quot;|\")(?:\u0001|&#x1;)");

    /** Records every link destination and quiz embed and hands back a numbered slot in its place. */
    private static final class SlotRecorder implements RenderHooks {
        final List<String> destinations = new ArrayList<>();
        final List<CompiledBody.Embed> embeds = new ArrayList<>();

        @Override
        public String resolveLink(String destination, boolean image) {
            destinations.add(destination);
            return RAW_OPEN + (destinations.size() - 1) + "\"" + CompiledBody.SLOT;
        }

        @Override
        public String quizEmbed(String quizId, String questionId) {
            embeds.add(new CompiledBody.Embed(quizId, questionId));
            // Written as trusted HTML: no quote to escape, wherever the embed is.
            return RAW_OPEN + CompiledBody.EMBED + (embeds.size() - 1) + "&quot;" + CompiledBody.SLOT;
        }
    }

    /**
     * A compiled body's HTML with each link slot filled by {@code hooks.resolveLink} (then the URL policy, and for
     * a sanitized body the sanitizer's rule) and each embed slot by {@code hooks.quizEmbed}.
     */
    public static RenderedMarkdown fill(CompiledBody body, RenderHooks hooks) {
        String html = body.html();
        StringBuilder out = new StringBuilder(html.length() + 256);
        int from = 0;
        for (int start = html.indexOf(CompiledBody.SLOT); start >= 0; start = html.indexOf(CompiledBody.SLOT, from)) {
            Slot slot = Slot.at(html, start);
            if (slot.literal()) {
                out.append(html, from, start).append(CompiledBody.SLOT);
                from = slot.end();
            } else if (slot.embed()) {
                out.append(html, from, start);
                CompiledBody.Embed e = body.embeds().get(slot.index());
                String embed = hooks.quizEmbed(e.quizId(), e.questionId());
                out.append(embed == null ? "" : embed);
                from = slot.end();
                // The renderer ends the embed's line unless it already ended (HtmlWriter.line): that newline
                // follows the slot, unless the sanitizer's placeholder paragraph took its place.
                boolean ended = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
                if (!body.sanitized() && ended && from < html.length() && html.charAt(from) == '\n') {
                    from++;
                }
            } else {
                from = link(out, html, from, start, slot, body, hooks);
            }
        }
        out.append(html, from, html.length());
        return new RenderedMarkdown(out.toString(), body.hasCode(), body.hasMermaid(), body.hasQuiz());
    }

    /**
     * Appends html[from, start) and the slot's URL as the renderer (and the sanitizer, if any) would have written
     * it; returns where the HTML goes on.
     */
    private static int link(StringBuilder out, String html, int from, int start, Slot slot, CompiledBody body,
                            RenderHooks hooks) {
        boolean image = html.startsWith("src=\"", start - 5);
        String url = hooks.resolveLink(body.destinations().get(slot.index()), image);
        url = image ? UrlPolicy.image(url) : UrlPolicy.link(url);
        // Sanitized, a slot is the first attribute of the tag the renderer wrote, under the sanitizer's protocol
        // rule and jsoup's escaping; or text, where the sanitizer made that tag text (the renderer's escaping
        // decoded, inside a <textarea>, or kept, after <plaintext>).
        String attribute = !body.sanitized() || slot.mode() != ATTRIBUTE ? null
                : html.startsWith(LINK, start - LINK.length()) ? "href"
                : html.startsWith(IMAGE, start - IMAGE.length()) ? "src" : null;
        out.append(html, from, attribute == null ? start : start - attribute.length() - 3);
        if (attribute != null) {
            out.append(HtmlSanitizer.attribute(attribute.equals("href") ? "a" : "img", attribute, url));
            return slot.end() + 1; // past the closing quote, which the attribute brings (or dropped)
        }
        out.append(slot.mode() == DECODED_TEXT ? HtmlSanitizer.text(url)
                : slot.mode() == RAW_TEXT ? HtmlSanitizer.text(escape(url)) : escape(url));
        return slot.end();
    }

    private static final char ATTRIBUTE = ' ';
    private static final char DECODED_TEXT = 't';
    private static final char RAW_TEXT = 'r';

    /**
     * A slot at {@code start}: the text's own U+0001 (literal), or an embed's or a link's index (and the link's
     * mode: {@link #ATTRIBUTE}, {@link #DECODED_TEXT}, {@link #RAW_TEXT}); where it ends.
     */
    private record Slot(boolean literal, boolean embed, char mode, int index, int end) {
        static Slot at(String html, int start) {
            int i = start + 1;
            if (html.charAt(i) == CompiledBody.SLOT) {
                return new Slot(true, false, ATTRIBUTE, -1, i + 1);
            }
            char c = html.charAt(i);
            boolean embed = c == CompiledBody.EMBED;
            char mode = c == DECODED_TEXT || c == RAW_TEXT ? c : ATTRIBUTE;
            int digits = embed || mode != ATTRIBUTE ? i + 1 : i;
            int end = html.indexOf(CompiledBody.SLOT, digits);
            return new Slot(false, embed, mode, Integer.parseInt(html, digits, end, 10), end + 1);
        }
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

package org.studysite.markdown.internal;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitizes the rendered HTML of a document that contains raw HTML (HtmlBlock/HtmlInline). Raw inline HTML arrives
 * split across nodes ({@code <kbd>}, text, {@code </kbd>}), so the whole rendered document is cleaned at once with
 * a jsoup {@link Safelist} that allows what users may write AND what our own renderer emits.
 *
 * <p>Users may write: details/summary, tables, kbd, sub, sup, br, img (src/alt/title/width/height), a (href/title,
 * and id/name so hand-made anchors {@code <a id="x"></a>} keep working), headings, lists, p, em, strong, code, pre,
 * blockquote, hr, dl/dt/dd, abbr, mark, ins/del, div/span. Removed: script, style, iframe, object, svg, forms, every
 * {@code on*} handler, {@code style} attributes, {@code javascript:} and other non-http(s) URLs, comments.
 *
 * <p>Our renderer needs a few attributes users can then also write: {@code class} on some elements (callouts, code,
 * footnotes), {@code id} on headings and list items (footnotes), {@code role}, {@code aria-label},
 * {@code data-lang}, footnote {@code data-*}, task-list checkboxes. To keep users from styling pages with arbitrary
 * classes, class names are filtered afterwards to our own vocabulary ({@code callout*}, {@code code*},
 * {@code tok-*}, {@code language-*}, {@code footnote*}, {@code anchor}, {@code mermaid}); a user can therefore
 * imitate a callout with raw HTML, which is harmless. Inputs other than checkboxes are removed, checkboxes are forced disabled.
 * Attributes carry no URLs except href/src, which are checked by protocol, so our allowed attributes cannot bring
 * script back.
 */
public final class HtmlSanitizer {
    private static final String BASE = "https://studysite.invalid/";
    private static final Pattern OUR_CLASSES = Pattern.compile(
            "callout|callout-(note|tip|info|warning|danger|title|details)|code|code-block|code-tight-start|code-tight-end|table-scroll|tok-[a-z]+"
                    + "|language-[\\w+#.-]+"
                    + "|anchor|mermaid|footnotes|footnote-ref|footnote-backref");
    private static final Safelist SAFELIST = safelist();

    private HtmlSanitizer() {
    }

    private static Safelist safelist() {
        Safelist s = new Safelist()
                .addTags("a", "abbr", "aside", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
                        "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
                        "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
                        "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
                        "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr")
                .addAttributes("a", "href", "title", "id", "name", "class", "aria-label", "data-footnote-ref",
                        "data-footnote-backref", "data-footnote-backref-idx")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("abbr", "title")
                .addAttributes("aside", "class", "role")
                .addAttributes("p", "class")
                .addAttributes("div", "class")
                .addAttributes("span", "class")
                .addAttributes("pre", "class", "data-lang")
                .addAttributes("code", "class")
                .addAttributes("sup", "class")
                .addAttributes("section", "class", "data-footnotes")
                .addAttributes("li", "id")
                .addAttributes("ol", "start")
                .addAttributes("th", "align", "colspan", "rowspan")
                .addAttributes("td", "align", "colspan", "rowspan")
                .addAttributes("details", "open", "class")
                .addAttributes("input", "type", "checked", "disabled")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
        for (int level = 1; level <= 6; level++) {
            s.addAttributes("h" + level, "id");
        }
        return s;
    }

    /**
     * Raw HTML headings ({@code <h5>} as a tip's title, as Jekyll's docs write them) follow the same rule as
     * Markdown ones, {@link HeadingLevels}, run over all headings of the body (it leaves Markdown ones as they are).
     */
    private static void closeHeadingGaps(Element body) {
        HeadingLevels levels = new HeadingLevels();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + levels.next(h.tagName().charAt(1) - '0'));
        }
    }

    /**
     * An attribute as {@link #clean} writes it (" name=\"value\"", jsoup's escaping), or "" where clean would drop
     * it (a URL of a refused scheme): for filling a slot of a compiled, sanitized body with its real URL.
     */
    public static String attribute(String tag, String name, String value) {
        Element element = new Element(org.jsoup.parser.Tag.valueOf(tag), BASE);
        element.attr(name, value);
        org.jsoup.nodes.Attribute attribute = element.attribute(name);
        return SAFELIST.isSafeAttribute(tag, element, attribute) ? " " + attribute.html() : "";
    }

    /** Text as {@link #clean} writes a text node (jsoup's escaping, no pretty printing). */
    public static String text(String text) {
        Document document = Document.createShell(BASE);
        output(document);
        document.body().appendText(text);
        return document.body().html();
    }

    private static void output(Document document) {
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .charset(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element input : clean.body().select("input")) {
            if (!input.attr("type").equalsIgnoreCase("checkbox")) {
                input.remove();
            }
        }
        for (Element e : clean.body().select("[class]")) {
            StringBuilder kept = new StringBuilder();
            for (String c : e.classNames()) {
                if (OUR_CLASSES.matcher(c).matches()) {
                    kept.append(kept.length() == 0 ? "" : " ").append(c);
                }
            }
            if (kept.length() == 0) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept.toString());
            }
        }
        closeHeadingGaps(clean.body());
        // Code blocks scroll sideways when too wide, so they take keyboard focus; tables get the renderer's scroll
        // region (ScrollRegions), whose attributes the cleaner has removed (or which a raw table never had); and
        // heading permalinks are no tab stop, as the renderer writes them.
        for (Element e : clean.body().select("pre.code")) {
            e.attr("tabindex", "0");
        }
        for (Element wrapper : clean.body().select("div.table-scroll")) {
            wrapper.unwrap();
        }
        for (Element table : clean.body().select("table")) {
            java.util.List<String> headers = new java.util.ArrayList<>();
            Element head = table.selectFirst("tr");
            if (head != null) {
                head.children().stream().filter(c -> c.nameIs("th")).forEach(th -> headers.add(th.text()));
            }
            Element wrapper = new Element("div");
            ScrollRegions.tableAttributes(headers).forEach(wrapper::attr);
            table.before(wrapper);
            wrapper.appendChild(table);
        }
        for (Element a : clean.body().select("h2 > a.anchor, h3 > a.anchor, h4 > a.anchor, h5 > a.anchor, h6 > a.anchor")) {
            a.attr("tabindex", "-1");
        }
        output(clean);
        return clean.body().html();
    }
}

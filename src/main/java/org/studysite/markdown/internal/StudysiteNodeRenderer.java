package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * HTML for our nodes and for code: headings with id and permalink, callouts, highlighted code blocks, inline code
 * (with line-break points), tables in a scroll region, mermaid and quiz fences. One instance per render call
 * (commonmark creates renderers per call).
 */
final class StudysiteNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final RenderState state;

    StudysiteNodeRenderer(HtmlNodeRendererContext context, RenderState state) {
        this.context = context;
        this.html = context.getWriter();
        this.state = state;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(AnchoredHeading.class, Callout.class, FencedCodeBlock.class, IndentedCodeBlock.class,
                EmptyHeaderCell.class, Code.class, TableBlock.class, Highlight.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof AnchoredHeading heading) {
            renderHeading(heading);
        } else if (node instanceof Callout callout) {
            renderCallout(callout);
        } else if (node instanceof FencedCodeBlock fenced) {
            renderFenced(fenced);
        } else if (node instanceof IndentedCodeBlock indented) {
            renderCode(indented, null, null, indented.getLiteral());
        } else if (node instanceof Code code) {
            renderInlineCode(code);
        } else if (node instanceof TableBlock table) {
            renderTable(table);
        } else if (node instanceof Highlight highlight) {
            html.tag("mark", context.extendAttributes(highlight, "mark", Map.of()));
            renderChildren(highlight);
            html.tag("/mark");
        } else if (node instanceof EmptyHeaderCell cell) {
            html.line();
            html.tag("td", context.extendAttributes(cell, "td", Map.of()));
            html.tag("/td");
            html.line();
        }
    }

    private void renderHeading(AnchoredHeading heading) {
        String tag = "h" + heading.getLevel();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("id", heading.id());
        html.line();
        html.tag(tag, context.extendAttributes(heading, tag, attrs));
        renderChildren(heading);
        if (heading.getLevel() >= 2) {
            Map<String, String> anchor = new LinkedHashMap<>();
            anchor.put("class", "anchor");
            anchor.put("href", "#" + heading.id());
            // Plain ASCII quotes keep most pages Latin-1, so their HTML takes half the memory in Java strings.
            anchor.put("aria-label", "Permalink to " + heading.text());
            // Not a tab stop of its own (one per heading adds up on a long note): the contents list links the same
            // targets; a mouse (hover shows it) and assistive technology's link list still reach it.
            anchor.put("tabindex", "-1");
            html.raw(" ");
            html.tag("a", anchor);
            html.raw("#");
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }

    private void renderCallout(Callout callout) {
        if (callout.kind().equals(Callout.PLAIN)) {
            html.line();
            renderChildren(callout);
            html.line();
            return;
        }
        if (callout.kind().equals(Callout.TAB)) {
            html.line();
            html.tag("p", Map.of("class", "callout-tab"));
            html.tag("strong");
            titleText(callout.title());
            html.tag("/strong");
            html.tag("/p");
            html.line();
            renderChildren(callout);
            html.line();
            return;
        }
        if (callout.kind().equals(Callout.DETAILS)) {
            html.line();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("class", "callout callout-details");
            if (callout.expanded()) {
                details.put("open", "");
            }
            html.tag("details", context.extendAttributes(callout, "details", details));
            html.tag("summary");
            titleText(callout.title());
            html.tag("/summary");
            html.line();
            renderChildren(callout);
            html.line();
            html.tag("/details");
            html.line();
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "callout callout-" + callout.kind());
        attrs.put("role", "note");
        html.line();
        html.tag("aside", context.extendAttributes(callout, "aside", attrs));
        if (!callout.title().isEmpty()) {
            html.tag("p", Map.of("class", "callout-title"));
            titleText(callout.title());
            html.tag("/p");
            html.line();
        }
        renderChildren(callout);
        html.line();
        html.tag("/aside");
        html.line();
    }

    /** A container title as written: text, with `code spans` (common in VitePress titles) as code. */
    private void titleText(String title) {
        String[] parts = title.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) {
                html.tag("code");
                html.text(parts[i]);
                html.tag("/code");
            } else {
                html.text(i % 2 == 1 ? "`" + parts[i] : parts[i]);
            }
        }
    }

    private void renderFenced(FencedCodeBlock fenced) {
        String info = fenced.getInfo() == null ? "" : fenced.getInfo();
        String word = QuizFence.firstWord(info);
        if (word.equalsIgnoreCase("mermaid")) {
            state.hasMermaid = true;
            html.line();
            html.tag("pre", Map.of("class", "mermaid"));
            html.text(fenced.getLiteral());
            html.tag("/pre");
            html.line();
        } else if (word.equalsIgnoreCase("quiz")) {
            QuizFence quiz = QuizFence.parse(info);
            state.hasQuiz = true;
            html.line();
            html.raw(state.quiz(state.hooks().quizEmbed(quiz.quizId(), quiz.questionId())));
            html.line();
        } else {
            CodeHighlighter.Language language = CodeHighlighter.language(word);
            String name = language != null ? language.name() : word.isEmpty() ? null : word.toLowerCase();
            renderCode(fenced, name, language, fenced.getLiteral());
        }
    }

    private void renderCode(Node node, String langName, CodeHighlighter.Language language, String literal) {
        state.hasCode = true;
        Map<String, String> preAttrs = new LinkedHashMap<>();
        preAttrs.put("class", "code");
        Map<String, String> codeAttrs = new LinkedHashMap<>();
        if (langName != null) {
            preAttrs.put("data-lang", langName);
            codeAttrs.put("class", "language-" + langName);
        }
        html.line();
        html.tag("div", Map.of("class", "code-block"));
        html.tag("pre", context.extendAttributes(node, "pre", preAttrs));
        html.tag("code", context.extendAttributes(node, "code", codeAttrs));
        if (language != null) {
            StringBuilder sb = new StringBuilder(literal.length() * 2);
            CodeHighlighter.highlight(language, literal, sb);
            html.raw(sb.toString());
        } else {
            html.text(literal);
        }
        html.tag("/code");
        html.tag("/pre");
        html.tag("/div");
        html.line();
    }

    /**
     * `code` with line-break points after . / , ( = @ : and inside names too long for a line (CodeBreaks), so a
     * long identifier wraps where a reader expects, never inside a word; classes "code-tight-start" / "code-tight-end"
     * when text touches it on that side ("`Pipeline`s", "(`spark`)"), so its padding does not open a gap that
     * reads as a space.
     */
    private void renderInlineCode(Code code) {
        StringBuilder classes = new StringBuilder();
        if (code.getPrevious() instanceof Text before && !before.getLiteral().isEmpty()
                && !Character.isWhitespace(before.getLiteral().charAt(before.getLiteral().length() - 1))) {
            classes.append("code-tight-start");
        }
        if (code.getNext() instanceof Text after && !after.getLiteral().isEmpty()
                && !Character.isWhitespace(after.getLiteral().charAt(0))) {
            classes.append(classes.isEmpty() ? "" : " ").append("code-tight-end");
        }
        Map<String, String> attrs = classes.isEmpty() ? Map.of() : Map.of("class", classes.toString());
        html.tag("code", context.extendAttributes(code, "code", attrs));
        CodeBreaks.write(code.getLiteral(), html::text, () -> html.raw("<wbr>"));
        html.tag("/code");
    }

    /**
     * A table inside a named, focusable scroll region: a table wider than the column scrolls sideways (with the
     * scroll cue CSS draws) and the keyboard can scroll it; the name is what the header row says.
     */
    private void renderTable(TableBlock table) {
        List<String> headers = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() != null) {
                for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        headers.add(PlainText.of(cell));
                    }
                }
            }
        }
        html.line();
        html.tag("div", ScrollRegions.tableAttributes(headers));
        html.tag("table", context.extendAttributes(table, "table", Map.of()));
        renderChildren(table);
        html.tag("/table");
        html.tag("/div");
        html.line();
    }

    private void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}

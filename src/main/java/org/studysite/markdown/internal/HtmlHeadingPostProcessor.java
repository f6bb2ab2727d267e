package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A raw HTML heading written as a block of its own ({@code <h1 align="center">My notes</h1>}, as GitHub READMEs
 * open) becomes a Markdown heading of the same level and text, so it is the page title when it opens the body
 * (not printed a second time under the title), and gets an id, a place in the contents and in search like any
 * heading. Only a heading whose content is text (with at most b/strong/i/em/code around it) is taken; one holding
 * an image or a link stays raw HTML, as written.
 */
public final class HtmlHeadingPostProcessor implements PostProcessor {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TEXT_STYLE = Set.of("b", "strong", "i", "em", "code");

    @Override
    public Node process(Node document) {
        List<HtmlBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (block.getLiteral().stripLeading().regionMatches(true, 0, "<h", 0, 2)) {
                    blocks.add(block);
                }
            }
        });
        for (HtmlBlock block : blocks) {
            Element h = soleHeading(block.getLiteral());
            if (h != null) {
                Heading heading = new Heading();
                heading.setLevel(h.tagName().charAt(1) - '0');
                heading.appendChild(new Text(h.text()));
                heading.setSourceSpans(block.getSourceSpans());
                block.insertAfter(heading);
                block.unlink();
            }
        }
        return document;
    }

    private static Element soleHeading(String html) {
        String t = html.strip();
        if (!t.regionMatches(true, 0, "<h", 0, 2) || !t.regionMatches(true, t.length() - 5, "</h", 0, 3)) {
            return null;
        }
        var body = Jsoup.parseBodyFragment(t).body();
        if (body.childrenSize() != 1 || !body.textNodes().stream().allMatch(n -> n.isBlank())) {
            return null;
        }
        Element h = body.child(0);
        if (!HEADINGS.contains(h.tagName()) || h.text().isBlank()
                || h.getAllElements().stream().skip(1).anyMatch(e -> !TEXT_STYLE.contains(e.tagName()))) {
            return null;
        }
        return h;
    }
}

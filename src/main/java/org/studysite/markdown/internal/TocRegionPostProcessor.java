package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Drops a hand-made table of contents written by gh-md-toc: everything from an HTML block {@code <!--ts-->} to the
 * next sibling HTML block {@code <!--te-->}, both included. The page has its own generated TOC, and dropping the
 * region at parse time keeps its links and headings out of the outline too. The heading right before it ("Table of
 * contents", "Contents", "TOC", as gh-md-toc's README writes) goes with it, or it would head an empty section. A
 * {@code <!--ts-->} without a matching {@code <!--te-->} is left alone (the comment itself disappears when raw HTML
 * is sanitized).
 */
public final class TocRegionPostProcessor implements PostProcessor {
    private static final Pattern START = Pattern.compile("\\s*<!--\\s*ts\\s*-->\\s*");
    private static final Pattern END = Pattern.compile("(?s).*<!--\\s*te\\s*-->.*");
    private static final Pattern TOC_TITLE = Pattern.compile("(?i)\\s*(table of contents|contents|toc)\\s*:?\\s*");

    @Override
    public Node process(Node document) {
        List<HtmlBlock> starts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                if (START.matcher(htmlBlock.getLiteral()).matches()) {
                    starts.add(htmlBlock);
                }
            }
        });
        for (HtmlBlock start : starts) {
            if (start.getParent() == null) {
                continue; // already removed with an earlier region
            }
            Node end = start.getNext();
            while (end != null && !(end instanceof HtmlBlock h && END.matcher(h.getLiteral()).matches())) {
                end = end.getNext();
            }
            if (end == null) {
                continue;
            }
            Node stop = end.getNext();
            if (start.getPrevious() instanceof Heading title && TOC_TITLE.matcher(PlainText.of(title)).matches()) {
                title.unlink();
            }
            for (Node n = start; n != stop; ) {
                Node next = n.getNext();
                n.unlink();
                n = next;
            }
        }
        return document;
    }
}

package org.studysite.markdown.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Closes gaps in the heading outline: a heading more than one level below the one before it moves up to the next
 * level ({@code #} then {@code ###} renders as h1, h2). Docs written for other generators often skip levels to get
 * a smaller font; HTML's outline, screen-reader heading navigation and the Nu checker require no gaps. The page
 * title (h1) counts as the level before the first heading, so a note that opens with {@code ###} gets an h2.
 */
public final class HeadingLevelPostProcessor implements PostProcessor {
    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            private int previous = 1;

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(heading.getLevel(), previous + 1));
                previous = heading.getLevel();
                visitChildren(heading);
            }
        });
        return document;
    }
}

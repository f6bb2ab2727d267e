package org.studysite.markdown.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/** Gives each Markdown heading its level by {@link HeadingLevels} (one h1 per page, no gaps), at parse time. */
public final class HeadingLevelPostProcessor implements PostProcessor {
    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            private final HeadingLevels levels = new HeadingLevels();

            @Override
            public void visit(Heading heading) {
                heading.setLevel(levels.next(heading.getLevel()));
                visitChildren(heading);
            }
        });
        return document;
    }
}

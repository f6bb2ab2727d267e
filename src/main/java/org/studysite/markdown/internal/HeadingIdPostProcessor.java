package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Gives every heading its id, in document order, by replacing it with an {@link AnchoredHeading}: a trailing
 * {@code {#custom-id}} sets the id and is removed from the text; otherwise {@link Slugger} makes a GitHub-compatible
 * id. Runs at parse time, so outline and rendering cannot disagree.
 */
public final class HeadingIdPostProcessor implements PostProcessor {
    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([^\\s{}]+)}\\s*$");

    @Override
    public Node process(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        Slugger slugger = new Slugger();
        for (Heading heading : headings) {
            String customId = takeCustomId(heading);
            String text = PlainText.of(heading);
            String id = customId != null ? slugger.reserve(customId) : slugger.unique(PlainText.raw(heading));
            AnchoredHeading anchored = new AnchoredHeading(heading.getLevel(), id, text);
            anchored.setSourceSpans(heading.getSourceSpans());
            for (Node child = heading.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                anchored.appendChild(child);
                child = next;
            }
            heading.insertBefore(anchored);
            heading.unlink();
        }
        return document;
    }

    private static String takeCustomId(Heading heading) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher m = CUSTOM_ID.matcher(last.getLiteral());
        if (!m.find()) {
            return null;
        }
        String rest = last.getLiteral().substring(0, m.start());
        if (rest.isEmpty()) {
            last.unlink();
        } else {
            last.setLiteral(rest);
        }
        return m.group(1);
    }
}

package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * GitHub alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} (any case, alone on its line) becomes a {@link Callout} (note, tip, info,
 * warning, danger) titled "Note", "Tip", "Important", "Warning", "Caution". Other block quotes are untouched.
 *
 * <p>commonmark-ext-gfm-alerts would do this, but it only exists from commonmark-java 0.26 on, which does not
 * resolve here (we are on 0.25.0); hence this post-processor turning the BlockQuote into our callout node.
 */
public final class GitHubAlertPostProcessor implements PostProcessor {
    private static final Pattern MARKER =
            Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote blockQuote) {
                quotes.add(blockQuote);
                visitChildren(blockQuote);
            }
        });
        for (BlockQuote quote : quotes) {
            convert(quote);
        }
        return document;
    }

    private static void convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph para) || !(para.getFirstChild() instanceof Text marker)) {
            return;
        }
        Matcher m = MARKER.matcher(marker.getLiteral());
        Node after = marker.getNext();
        if (!m.matches() || !(after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            return;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String kind = switch (type) {
            case "important" -> "info";
            case "caution" -> "danger";
            default -> type;
        };
        Callout callout = new Callout(kind, Callout.defaultTitle(type));
        callout.setSourceSpans(quote.getSourceSpans());
        marker.unlink();
        if (after != null) {
            after.unlink();
        }
        if (para.getFirstChild() == null) {
            para.unlink();
        }
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        quote.insertBefore(callout);
        quote.unlink();
    }
}

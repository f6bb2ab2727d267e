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
 * GitHub alerts and Obsidian callouts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case) becomes a {@link Callout} (note, tip,
 * info, warning, danger) titled "Note", "Tip", "Important", "Warning", "Caution". Obsidian's form goes further: any
 * type ({@code [!question]}, {@code [!example]}, …, coloured as {@link Callout#kindOf} says), a title after the
 * marker, and {@code -} / {@code +} right after it for a foldable callout, closed or open ({@code > [!question]- Why?}
 * is how an Obsidian vault hides an answer). Other block quotes are untouched.
 *
 * <p>commonmark-ext-gfm-alerts would do this, but it only exists from commonmark-java 0.26 on, which does not
 * resolve here (we are on 0.25.0); hence this post-processor turning the BlockQuote into our callout node.
 */
public final class GitHubAlertPostProcessor implements PostProcessor {
    private static final Pattern MARKER =
            Pattern.compile("\\[!([A-Za-z][\\w-]*)]([+-]?)[ \\t]*(.*)", Pattern.DOTALL);

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
        if (!m.matches()) {
            return;
        }
        // The rest of the first line is the title (Obsidian): its text, whatever inline markup it has.
        StringBuilder title = new StringBuilder(m.group(3));
        Node after = marker.getNext();
        while (after != null && !(after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            Node next = after.getNext();
            title.append(after instanceof Text t ? t.getLiteral()
                    : after instanceof org.commonmark.node.Code c ? c.getLiteral() : PlainText.raw(after));
            after.unlink();
            after = next;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String shown = title.toString().strip().isEmpty() ? Callout.defaultTitle(type) : title.toString().strip();
        Callout callout = m.group(2).isEmpty() ? new Callout(kind(type), shown)
                : Callout.collapsible(shown, m.group(2).equals("+"));
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

    /** GitHub's five keep GitHub's colours (caution is red there); any other type is coloured as elsewhere. */
    private static String kind(String type) {
        return switch (type) {
            case "important" -> "info";
            case "caution" -> "danger";
            default -> Callout.kindOf(type);
        };
    }
}

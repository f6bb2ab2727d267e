package org.studysite.markdown.internal;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.ext.footnotes.FootnoteReference;

/** The text content of inline nodes as a reader sees it (tags, image alt texts and footnote marks left out). */
public final class PlainText {
    private PlainText() {
    }

    /** Text content with runs of whitespace collapsed to one space, for display. */
    public static String of(Node parent) {
        return raw(parent).replaceAll("\\s+", " ").strip();
    }

    /** Text content as is (line breaks become spaces), for GitHub-compatible ids: "A ![i](x) B" keeps two spaces. */
    public static String raw(Node parent) {
        StringBuilder sb = new StringBuilder();
        append(parent, sb);
        return sb.toString();
    }

    private static void append(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (n instanceof Image || n instanceof HtmlInline || n instanceof FootnoteReference) {
                // not text content (GitHub's id is built from the text content, which has no alt text)
            } else {
                append(n, sb);
            }
        }
    }
}

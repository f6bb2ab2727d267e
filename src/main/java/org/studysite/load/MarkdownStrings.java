package org.studysite.load;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.LinkRef;
import org.studysite.model.MarkdownText;
import org.studysite.model.SourcePosition;

/**
 * Compiles the Markdown strings of one quiz or exam file ({@link MarkdownText}): parsed once, links kept with the
 * place in the JSON file where each was written. A link's column is exact even after escapes: the string's raw
 * characters are walked from its opening quote, a {@code \n} or {@code \u00e9} counting as the characters it
 * was written with (so a link on the fragment's third Markdown line is still on the string's one JSON line).
 */
final class MarkdownStrings {
    private final MarkdownSupport markdown;
    private final String file;
    private final String source;
    private final int[] lineStarts;

    MarkdownStrings(MarkdownSupport markdown, String file, String source) {
        this.markdown = markdown;
        this.file = file;
        this.source = source;
        this.lineStarts = lineStarts(source);
    }

    /** The string value of {@code node} (a JSON string) compiled; null for a null node. */
    MarkdownText compile(Json node) {
        if (node == null || !node.is(Json.Kind.STRING)) {
            return null;
        }
        return compile(node, markdown.parse(node.text()));
    }

    /**
     * Like {@link #compile}, for text that must be inline Markdown only (one paragraph: code spans, emphasis and
     * links, no headings, lists or code blocks): null when it is not, from the same one parse.
     */
    MarkdownText paragraph(Json node) {
        if (node == null || !node.is(Json.Kind.STRING)) {
            return null;
        }
        Node document = markdown.parse(node.text());
        Node first = document.getFirstChild();
        return first instanceof Paragraph && first.getNext() == null ? compile(node, document) : null;
    }

    private MarkdownText compile(Json node, Node document) {
        String text = node.text();
        int[] fragmentLines = lineStarts(text);
        List<LinkRef> links = new ArrayList<>();
        for (LinkRef l : markdown.outline(document, file, 1).links()) {
            int line = l.position().line() - 1;
            int offset = line < fragmentLines.length ? fragmentLines[line] + l.position().column() - 1 : 0;
            links.add(new LinkRef(l.destination(), l.image(), at(node, offset)));
        }
        return new MarkdownText(text, file, markdown.compile(document), links);
    }

    /** Where the decoded string's character {@code offset} was written in the file. */
    SourcePosition at(Json node, int offset) {
        int line = node.line();
        int quote = line - 1 < lineStarts.length ? lineStarts[line - 1] + node.column() - 1 : -1;
        if (quote < 0 || quote >= source.length() || source.charAt(quote) != '"') {
            return new SourcePosition(file, node.line(), node.column()); // not where Jackson said: the string's start
        }
        int raw = quote + 1;
        for (int decoded = 0; decoded < offset && raw < source.length() && source.charAt(raw) != '"'; decoded++) {
            raw += source.charAt(raw) != '\\' ? 1 : source.startsWith("u", raw + 1) ? 6 : 2;
        }
        return new SourcePosition(file, line, node.column() + (raw - quote));
    }

    /**
     * The offset where each line starts: after \n, \r\n or a lone \r, as CommonMark counts lines (a file's own
     * line endings are already \n when it is read).
     */
    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}

package org.studysite.importer;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown into {@link SourceLine}s by walking the commonmark AST with source spans: the AST tells which
 * lines are list items, headings or code; the spans give each line's text without its container prefixes.
 * Markdown inside a {@code <details>} HTML block (written without blank lines, so CommonMark keeps it raw) is
 * parsed again on its own so answers hidden there are found too.
 */
final class MarkdownLines {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private static final Pattern TASK_BOX = Pattern.compile("^\\[([ xX])\\]\\s+(.*)$");
    private static final Pattern SUMMARY = Pattern.compile("<summary[^>]*>(.*?)</summary>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_TAGS = Pattern.compile(
            "<summary[^>]*>.*?</summary>|</?details[^>]*>|</?summary[^>]*>|<!--.*?-->", Pattern.CASE_INSENSITIVE);
    /** Docusaurus / VuePress admonition fences (":::details Answer", ":::") wrap answers like details do. */
    private static final Pattern ADMONITION = Pattern.compile("^:::+\\s*(.*)$");
    private static final Pattern ATX_MARKS = Pattern.compile("^\\s{0,3}#{1,6}\\s*|\\s+#+\\s*$");

    private final List<String> source;
    private final List<SourceLine> out = new ArrayList<>();
    private final int[] blockCounter;

    private MarkdownLines(List<String> source, int[] blockCounter) {
        this.source = source;
        this.blockCounter = blockCounter;
    }

    /** The lines of a whole document (already normalised to '\n' line ends). */
    static List<SourceLine> scan(String markdown) {
        return scan(widenNumberedItems(SourceText.lines(markdown)), new int[1]);
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("^( {0,3})\\d{1,9}[.)]( +)\\S");

    /**
     * Question banks indent each question's options and answer by the same few spaces under "1. " to "999. ".
     * CommonMark wants them at the item's content column, which moves right as the number grows: under "100. "
     * four spaces are no longer enough, the options fall out of the item and the details block becomes code, so
     * every question from 100 on was silently lost. Within such an item, lines indented like its first indented
     * line (less than the content column) are moved right to that column. Only the scanned copy changes: line
     * numbers stay, and prompts and explanations are still cut from the source as written.
     */
    static List<String> widenNumberedItems(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Matcher item = NUMBERED_ITEM.matcher(out.get(i));
            if (!item.find()) {
                continue;
            }
            int content = item.end() - 1;
            int end = i + 1;
            while (end < out.size() && !NUMBERED_ITEM.matcher(out.get(end)).find()
                    && (out.get(end).isBlank() || leadingSpaces(out.get(end)) > item.group(1).length()
                    || !out.get(end - 1).isBlank())) {
                end++;
            }
            int base = -1;
            for (int j = i + 1; j < end && base < 0; j++) {
                if (!out.get(j).isBlank() && leadingSpaces(out.get(j)) > item.group(1).length()) {
                    base = leadingSpaces(out.get(j));
                }
            }
            if (base >= 2 && base < content) {
                String pad = " ".repeat(content - base);
                for (int j = i + 1; j < end; j++) {
                    if (!out.get(j).isBlank() && leadingSpaces(out.get(j)) >= base) {
                        out.set(j, pad + out.get(j));
                    }
                }
            }
            i = end - 1;
        }
        return out;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static List<SourceLine> scan(List<String> lines, int[] blockCounter) {
        MarkdownLines scanner = new MarkdownLines(lines, blockCounter);
        scanner.walk(PARSER.parse(String.join("\n", lines)), 0, null);
        scanner.out.sort(Comparator.comparingInt(SourceLine::line).thenComparingInt(SourceLine::column));
        return scanner.out;
    }

    private void walk(Node node, int depth, SourceLine.ItemStart pendingItem) {
        if (node instanceof Document || node instanceof BlockQuote) {
            children(node, depth);
        } else if (node instanceof ListBlock list) {
            walkList(list, depth);
        } else if (node instanceof Heading heading) {
            heading(heading, depth);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, depth, pendingItem);
        } else if (node instanceof ThematicBreak) {
            emitEach(node, SourceLine.Kind.BREAK, depth);
        } else if (node instanceof HtmlBlock) {
            html(node, depth);
        } else {
            emitEach(node, SourceLine.Kind.OTHER, depth);
        }
    }

    private void children(Node node, int depth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, depth, null);
        }
    }

    private void walkList(ListBlock list, int depth) {
        boolean ordered = list instanceof OrderedList;
        int number = ordered ? startNumber((OrderedList) list) : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            // Only the item's first paragraph carries the marker; later blocks are its continuation.
            SourceLine.ItemStart start = new SourceLine.ItemStart(ordered, number, null, markerColumn((ListItem) item));
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                walk(child, depth + 1, first ? start : null);
                first = false;
            }
        }
    }

    private static int startNumber(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start != null ? start : 1;
    }

    private static int markerColumn(ListItem item) {
        List<SourceSpan> spans = item.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
    }

    private void heading(Heading heading, int depth) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        String raw = ATX_MARKS.matcher(text(first)).replaceAll("").trim();
        out.add(new SourceLine(SourceLine.Kind.HEADING, first.getLineIndex(), first.getColumnIndex(),
                first.getColumnIndex(), raw, plainText(heading), heading.getLevel(), null, depth, nextBlock(), true,
                null));
    }

    private void paragraph(Paragraph paragraph, int depth, SourceLine.ItemStart item) {
        int block = nextBlock();
        boolean first = true;
        for (SourceSpan span : paragraph.getSourceSpans()) {
            String text = text(span);
            int column = span.getColumnIndex();
            int marker = first && item != null ? item.markerColumn() : column;
            SourceLine.ItemStart start = first ? item : null;
            Matcher box = start != null ? TASK_BOX.matcher(text) : null;
            if (box != null && box.matches()) {
                start = new SourceLine.ItemStart(start.ordered(), start.number(), !box.group(1).isBlank(),
                        start.markerColumn());
                column += text.length() - box.group(2).length();
                text = box.group(2);
            }
            Matcher admonition = ADMONITION.matcher(text.trim());
            SourceLine.Kind kind = admonition.matches() ? SourceLine.Kind.SKIP : SourceLine.Kind.TEXT;
            String summary = admonition.matches() ? admonition.group(1) : null;
            out.add(new SourceLine(kind, span.getLineIndex(), column, marker, text, null, 0, start, depth, block,
                    first, summary));
            first = false;
        }
    }

    private void emitEach(Node node, SourceLine.Kind kind, int depth) {
        int block = nextBlock();
        boolean first = true;
        for (SourceSpan span : node.getSourceSpans()) {
            out.add(new SourceLine(kind, span.getLineIndex(), span.getColumnIndex(), span.getColumnIndex(), text(span),
                    null, 0, null, depth, block, first, null));
            first = false;
        }
    }

    /**
     * An HTML block: {@code <details>}/{@code <summary>} lines become SKIP lines (remembering the summary), other
     * HTML stays as it is, and the Markdown lines in between are parsed as a small document of their own.
     */
    private void html(Node node, int depth) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int firstLine = spans.get(0).getLineIndex();
        int column = spans.get(0).getColumnIndex();
        List<String> inner = new ArrayList<>();
        boolean hasMarkdown = false;
        int block = nextBlock();
        for (SourceSpan span : spans) {
            String raw = text(span);
            Matcher summary = SUMMARY.matcher(raw);
            String cleaned = DETAILS_TAGS.matcher(raw).replaceAll("");
            boolean markdown = !cleaned.isBlank() && !cleaned.trim().startsWith("<");
            String summaryText = summary.find() ? summary.group(1).trim() : null;
            if (!markdown || summaryText != null) {
                // A summary line is reported even when Markdown follows it on the same line: it may hold the answer.
                SourceLine.Kind kind = markdown || cleaned.isBlank() ? SourceLine.Kind.SKIP : SourceLine.Kind.OTHER;
                out.add(new SourceLine(kind, span.getLineIndex(), span.getColumnIndex(), span.getColumnIndex(), raw,
                        null, 0, null, depth, block, false, summaryText));
            }
            hasMarkdown |= markdown;
            inner.add(markdown ? cleaned : "");
        }
        if (hasMarkdown) {
            for (SourceLine line : scan(inner, blockCounter)) {
                out.add(line.shifted(firstLine, column));
            }
        }
    }

    private int nextBlock() {
        return ++blockCounter[0];
    }

    private String text(SourceSpan span) {
        String line = source.get(span.getLineIndex());
        int start = Math.min(span.getColumnIndex(), line.length());
        return line.substring(start, Math.min(line.length(), start + span.getLength()));
    }

    /** Heading text as a reader sees it (no emphasis markers or backticks), which is what slugs are made from. */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                text.append(' ');
            }
        });
        return text.toString().trim();
    }
}

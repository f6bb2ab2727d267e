package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.studysite.model.LinkRef;
import org.studysite.model.Outline;
import org.studysite.model.QuizEmbed;
import org.studysite.model.SectionText;
import org.studysite.model.SourcePosition;

/**
 * Reads the {@link Outline} off a parsed document. Positions come from commonmark's source spans (0-based line and
 * column of the body) and are shifted to the file: line = bodyLine + lineIndex, column = columnIndex + 1.
 * Words are counted in everything a reader reads: text, inline code, code blocks, callout titles (not raw HTML,
 * mermaid or quiz fences). The same text is kept per section (split at h1–h3) for the search index, so search
 * needs no second pass over the notes.
 */
public final class OutlineBuilder extends AbstractVisitor {
    private final String file;
    private final int bodyLine;
    private String firstHeading;
    private final List<org.studysite.model.Heading> headings = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<QuizEmbed> quizEmbeds = new ArrayList<>();
    private int words;
    private final List<SourcePosition> unclosed = new ArrayList<>();
    /** A section's text beyond this many characters is not indexed (bounds memory on a huge generated page). */
    private static final int SECTION_TEXT_CAP = 20_000;
    private final List<SectionText> sections = new ArrayList<>();
    private org.studysite.model.Heading sectionHeading;
    /** The section's text so far, its whitespace runs already collapsed ({@link #read}). */
    private StringBuilder sectionText = new StringBuilder();
    /** The characters read into the section before collapsing: what its cap counts. */
    private int sectionRead;
    /** Whether the section's text ends in a collapsed whitespace run. */
    private boolean sectionSpace;
    private char[] readBuffer = new char[256];
    private boolean inHeading;

    private OutlineBuilder(String file, int bodyLine) {
        this.file = file;
        this.bodyLine = bodyLine;
    }

    public static Outline outline(Node document, String file, int bodyLine) {
        OutlineBuilder b = new OutlineBuilder(file, bodyLine);
        document.accept(b);
        b.closeSection();
        return new Outline(b.firstHeading, List.copyOf(b.headings), List.copyOf(b.links), List.copyOf(b.quizEmbeds),
                b.words, b.unclosed, b.sections);
    }

    @Override
    public void visit(Heading heading) {
        String text;
        String id;
        if (heading instanceof AnchoredHeading anchored) {
            text = anchored.text();
            id = anchored.id();
        } else {
            text = PlainText.of(heading);
            id = Slugger.slug(text);
        }
        if (firstHeading == null) {
            firstHeading = text;
        }
        var h = new org.studysite.model.Heading(heading.getLevel(), id, text, position(heading));
        headings.add(h);
        // h2 and h3 open a section; so does an h1 that is not the note's first heading (the first one is its title).
        if (heading.getLevel() <= 3 && (heading.getLevel() > 1 || headings.size() > 1)) {
            closeSection();
            sectionHeading = h;
        }
        inHeading = heading.getLevel() <= 3; // deeper headings read as part of their section's text
        visitChildren(heading);
        inHeading = false;
    }

    private void closeSection() {
        String t = sectionText.toString().strip();
        if (sectionHeading != null || !t.isEmpty()) {
            sections.add(sectionHeading == null ? new SectionText(null, 0, null, t)
                    : new SectionText(sectionHeading.id(), sectionHeading.level(), sectionHeading.text(), t));
        }
        sectionText = new StringBuilder();
        sectionRead = 0;
        sectionSpace = false;
    }

    private void read(String s) {
        if (!inHeading && sectionRead < SECTION_TEXT_CAP) {
            readCounting(s, false);
        }
    }

    /** Counts the words of a text and reads it, spaced: as if " " + s + " " (code and callout titles). */
    private void readWords(String s, boolean spaced) {
        if (inHeading || sectionRead >= SECTION_TEXT_CAP) {
            words += countWords(s);
        } else {
            words += readCounting(s, spaced);
        }
    }

    /**
     * Adds text to the section, each run of regex whitespace ({@code \\s}: space, tab, line breaks, form feed,
     * vertical tab) as one space, as {@code replaceAll("\\s+", " ")} gives for the whole section, and returns its
     * words as {@link #countWords} counts them: one pass over each text, where a count, a copy into the section and
     * a collapse of the section each read every character of a site.
     */
    private int readCounting(String s, boolean spaced) {
        int length = s.length();
        sectionRead += length + (spaced ? 2 : 0);
        if (readBuffer.length < length + 1) {
            readBuffer = new char[Math.max(length + 1, readBuffer.length * 2)];
        }
        char[] buffer = readBuffer;
        s.getChars(0, length, buffer, 0);
        if (spaced && !sectionSpace) {
            sectionText.append(' ');
            sectionSpace = true;
        }
        int n = 0;
        int count = 0;
        boolean counted = false;
        boolean space = sectionSpace;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            boolean collapsed;
            if (c < 128) {
                collapsed = c == ' ' || c >= '\t' && c <= '\r';
                if (collapsed || c >= 0x1c && c <= 0x1f) {
                    counted = false;
                } else if (!counted && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    count++;
                    counted = true;
                }
            } else {
                collapsed = false;
                if (Character.isWhitespace(c)) {
                    counted = false;
                } else if (!counted && Character.isLetterOrDigit(c)) {
                    count++;
                    counted = true;
                }
            }
            if (!collapsed) {
                buffer[n++] = c;
                space = false;
            } else if (!space) {
                buffer[n++] = ' ';
                space = true;
            }
        }
        if (spaced && !space) {
            buffer[n++] = ' ';
            space = true;
        }
        sectionText.append(buffer, 0, n);
        sectionSpace = space;
        return count;
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        read(" ");
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        read(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        read(" ");
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        read(" ");
    }

    @Override
    public void visit(Link link) {
        links.add(new LinkRef(link.getDestination(), false, position(link)));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        links.add(new LinkRef(image.getDestination(), true, position(image)));
        visitChildren(image);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        String info = code.getInfo();
        if (QuizFence.isQuiz(info)) {
            QuizFence q = QuizFence.parse(info);
            quizEmbeds.add(new QuizEmbed(q.quizId(), q.questionId(), position(code)));
        } else if (!QuizFence.isMermaid(info)) {
            readWords(code.getLiteral(), true);
        }
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        readWords(code.getLiteral(), true);
    }

    @Override
    public void visit(Text text) {
        readWords(text.getLiteral(), false);
    }

    @Override
    public void visit(Code code) {
        readWords(code.getLiteral(), false);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof Callout callout) {
            readWords(callout.title(), true);
            if (!callout.closed()) {
                unclosed.add(position(callout));
            }
        }
        visitChildren(block);
        read(" ");
    }

    private SourcePosition position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan s = spans.get(0);
                return new SourcePosition(file, bodyLine + s.getLineIndex(), s.getColumnIndex() + 1);
            }
        }
        return new SourcePosition(file, bodyLine, 1);
    }

    /** Whitespace-separated tokens that contain at least one letter or digit. */
    static int countWords(String s) {
        int count = 0;
        boolean counted = false;
        for (char c : s.toCharArray()) {
            // ASCII answered without Character's tables: nearly every character of a note is ASCII.
            boolean white = c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f : Character.isWhitespace(c);
            if (white) {
                counted = false;
            } else if (!counted && (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c))) {
                count++;
                counted = true;
            }
        }
        return count;
    }
}

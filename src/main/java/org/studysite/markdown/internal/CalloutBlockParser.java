package org.studysite.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Docusaurus / VitePress containers: a line {@code :::tip}, {@code ::: tip}, {@code :::tip My title},
 * {@code :::tip[My title]} opens a {@link Callout} holding any Markdown blocks; a line of exactly the same number of
 * colons closes it, so callouts nest with more colons ({@code ::::note} … {@code :::tip} … {@code :::} …
 * {@code ::::}). An unclosed callout runs to the end of its parent, like an unclosed code fence. A {@code :::} line
 * inside a fenced code block within the callout belongs to the code.
 */
public final class CalloutBlockParser extends CalloutContainerParser {
    private static final Pattern OPEN_ATTR = Pattern.compile("\\{[^}]*\\bopen\\b[^}]*}\\s*$");
    private static final Pattern OPENER = Pattern.compile("(:{3,})[ \\t]*([A-Za-z][\\w-]*)(.*)");

    private final int colons;

    private CalloutBlockParser(Callout block, int colons) {
        super(block);
        this.colons = colons;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < 4 && isCloser(state.getLine().getContent(), state.getNextNonSpaceIndex())) {
            BlockParser active = state.getActiveBlockParser();
            boolean inCode = active != this && active.getBlock() instanceof FencedCodeBlock;
            if (!inCode) {
                block.markClosed();
                return BlockContinue.finished();
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private boolean isCloser(CharSequence line, int start) {
        int i = start;
        while (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        if (i - start != colons) {
            return false;
        }
        for (; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Recognises opening lines. */
    public static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (start + 3 > line.length() || line.charAt(start) != ':') {
                return BlockStart.none();
            }
            Matcher m = OPENER.matcher(line.subSequence(start, line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            String type = m.group(2);
            String title = title(m.group(3));
            String shown = title != null ? title : Callout.defaultTitle(type);
            // VitePress (and Hugo's details, rewritten): "::: details Title {open}" starts open.
            Callout callout = Callout.kindOf(type).equals(Callout.DETAILS)
                    ? Callout.collapsible(shown, OPEN_ATTR.matcher(m.group(3)).find()) : new Callout(Callout.kindOf(type), shown);
            callout.markOpen();
            return BlockStart.of(new CalloutBlockParser(callout, m.group(1).length())).atIndex(line.length());
        }

        /** " My title" → "My title"; "[My title]" (Docusaurus) → "My title"; "" or "{attrs}" → null. */
        private static String title(String rest) {
            String t = rest.strip();
            if (t.startsWith("[")) {
                int close = t.lastIndexOf(']');
                t = close > 0 ? t.substring(1, close).strip() : t.substring(1).strip();
            } else if (t.startsWith("{")) {
                t = ""; // directive attributes ({#id .class}): nothing to show
            }
            // VitePress (markdown-it-attrs): "::: details Title {open}" — the attributes are not part of the title.
            t = t.replaceFirst("\\s*\\{[^}]*}\\s*$", "");
            return t.isEmpty() ? null : t;
        }
    }
}

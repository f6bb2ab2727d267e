package org.studysite.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Material for MkDocs / Python-Markdown blocks whose body is indented by four spaces:
 * <ul>
 * <li>{@code !!! type "Title"} (admonition): a {@link Callout}; {@code !!! type ""} has no title;</li>
 * <li>{@code ??? type "Title"} (pymdownx.details): a collapsible callout, closed; {@code ???+} starts open;</li>
 * <li>{@code === "Label"} (pymdownx.tabbed): one tab, shown as its label above its content, as tabs read
 *     without JavaScript.</li>
 * </ul>
 * Study notes written for MkDocs put their answers in {@code ??? question} blocks, so these must not come out as
 * paragraphs of question marks. The body continues while lines are indented by four or more columns or blank, as a
 * list item's does; the first line indented less ends it. Python-Markdown's own pattern decides what an opener is
 * (type words, then an optional quoted title, nothing else), so prose such as "!!! Important !!!" stays prose.
 */
public final class IndentedAdmonitionParser extends CalloutContainerParser {
    private static final Pattern ADMONITION =
            Pattern.compile("(!!!|\\?\\?\\?\\+?) ?([\\w-]+(?: +[\\w-]+)*)(?: +\"(.*?)\")? *");
    private static final Pattern TAB = Pattern.compile("===!?\\+? +\"(.*?)\" *");
    private static final int BODY_INDENT = 4;

    private IndentedAdmonitionParser(Callout block) {
        super(block);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            // Blank lines belong to the body while it may go on, also between the opener and the body.
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= BODY_INDENT) {
            return BlockContinue.atColumn(state.getColumn() + BODY_INDENT);
        }
        return BlockContinue.none();
    }

    /** Recognises opening lines. */
    public static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= BODY_INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (start + 3 > line.length() || "!?=".indexOf(line.charAt(start)) < 0) {
                return BlockStart.none();
            }
            Callout callout = opener(line.subSequence(start, line.length()).toString());
            if (callout == null) {
                return BlockStart.none();
            }
            return BlockStart.of(new IndentedAdmonitionParser(callout)).atIndex(line.length());
        }

        private static Callout opener(String line) {
            Matcher tab = TAB.matcher(line);
            if (tab.matches()) {
                return new Callout(Callout.TAB, tab.group(1).strip());
            }
            Matcher m = ADMONITION.matcher(line);
            if (!m.matches()) {
                return null;
            }
            // "!!! note inline end": the first word is the type, the rest are layout classes.
            String type = m.group(2).split(" ")[0];
            String title = m.group(3) != null ? m.group(3).strip() : Callout.defaultTitle(type);
            if (m.group(1).startsWith("???")) {
                return Callout.collapsible(title.isEmpty() ? Callout.defaultTitle(type) : title, m.group(1).endsWith("+"));
            }
            return new Callout(Callout.kindOf(type), title);
        }
    }
}

package org.studysite.load.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks fenced code line by line, so a rewriter leaves examples of its own syntax inside code as written. A
 * Docusaurus {@code ```mdx-code-block} fence is not code (its content is Markdown) and is left to the MDX rewriter.
 */
final class CodeFences {
    static final Pattern FENCE = Pattern.compile("^ {0,3}(?:>\\s*)*(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    static final String MDX_BLOCK = "mdx-code-block";

    /** What a line is, seen from the fences around it. */
    enum Kind { TEXT, FENCE_OPEN, CODE, FENCE_CLOSE, MDX_BLOCK_MARKER }

    private String open;     // the open fence ("```", "````", "~~~"), null outside code
    private String mdxBlock; // the open ```mdx-code-block fence, whose content is Markdown

    /** Classifies the next line and updates the state. */
    Kind step(String line) {
        Matcher f = fence(line);
        if (open != null) {
            if (closes(f, open)) {
                open = null;
                return Kind.FENCE_CLOSE;
            }
            return Kind.CODE;
        }
        if (f == null) {
            return Kind.TEXT;
        }
        if (mdxBlock != null && f.group(2).isEmpty() && f.group(1).equals(mdxBlock)) {
            mdxBlock = null;
            return Kind.MDX_BLOCK_MARKER;
        }
        if (f.group(2).equals(MDX_BLOCK)) {
            mdxBlock = f.group(1);
            return Kind.MDX_BLOCK_MARKER;
        }
        open = f.group(1);
        return Kind.FENCE_OPEN;
    }

    /** Whether a fence is open (the last line stepped was code or opened a fence). */
    boolean inCode() {
        return open != null;
    }

    /** A fence line's marker and info word, or null when the line is not a fence. */
    static Matcher fence(String line) {
        if (!line.contains("```") && !line.contains("~~~")) {
            return null;
        }
        Matcher f = FENCE.matcher(line);
        return f.matches() ? f : null;
    }

    /** Whether this line is code or a fence line (updating the state): such lines are not to be rewritten. */
    boolean isCode(String line) {
        Kind k = step(line);
        return k == Kind.CODE || k == Kind.FENCE_OPEN || k == Kind.FENCE_CLOSE;
    }

    /** Whether a fence line closes the fence opened by {@code open}: same character, at least as long, no info. */
    static boolean closes(Matcher f, String open) {
        return f != null && f.group(1).charAt(0) == open.charAt(0) && f.group(1).length() >= open.length()
                && f.group(2).isEmpty();
    }
}

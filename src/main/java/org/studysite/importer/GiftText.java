package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one GIFT question with its escapes resolved and every character's source position kept. GIFT's
 * syntax characters ({@code ~ = # { } :}) count only when not escaped; {@code \\} is a backslash and {@code \n} a
 * line break, as Moodle reads them. Any other backslash stays as written (a Markdown {@code \*} survives).
 */
final class GiftText {
    /** One character: what it is, whether it was escaped (so never syntax), where it was written (1-based). */
    record Ch(char c, boolean escaped, int line, int column) {
    }

    private final List<Ch> chars;

    private GiftText(List<Ch> chars) {
        this.chars = chars;
    }

    /** Lines of one block, each with its 1-based source line; joined by '\n' as Moodle joins them. */
    static GiftText of(List<String> lines, List<Integer> lineNumbers) {
        List<Ch> out = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            String s = lines.get(l);
            int line = lineNumbers.get(l);
            if (l > 0) {
                out.add(new Ch('\n', false, line - 1, lines.get(l - 1).length() + 1));
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    if ("\\~=#{}:".indexOf(next) >= 0) {
                        out.add(new Ch(next, true, line, i + 1));
                        i++;
                        continue;
                    }
                    if (next == 'n') {
                        out.add(new Ch('\n', true, line, i + 1));
                        i++;
                        continue;
                    }
                }
                out.add(new Ch(c, false, line, i + 1));
            }
        }
        return new GiftText(out);
    }

    int length() {
        return chars.size();
    }

    Ch at(int i) {
        return chars.get(i);
    }

    /** Whether position i holds the unescaped syntax character c. */
    boolean isSyntax(int i, char c) {
        return i >= 0 && i < chars.size() && chars.get(i).c() == c && !chars.get(i).escaped();
    }

    /** The first unescaped c at or after from, else -1. */
    int find(char c, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (isSyntax(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first unescaped occurrence of a run such as "::" or "####" at or after from, else -1. */
    int find(String run, int from, int to) {
        for (int i = Math.max(0, from); i + run.length() <= to; i++) {
            boolean all = true;
            for (int k = 0; k < run.length() && all; k++) {
                all = isSyntax(i + k, run.charAt(k));
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    /** The last unescaped occurrence of run in [from, to), else -1 (general feedback is the last "####"). */
    int findLast(String run, int from, int to) {
        int found = -1;
        for (int i = find(run, from, to); i >= 0; i = find(run, i + 1, to)) {
            found = i;
        }
        return found;
    }

    /** The plain text of [from, to): escapes resolved. */
    String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, chars.size()); i++) {
            b.append(chars.get(i).c());
        }
        return b.toString();
    }

    /** Index of the first character in [from, to) that is not whitespace, else to. */
    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(chars.get(i).c()) && !chars.get(i).escaped()) {
            i++;
        }
        return i;
    }

    /**
     * GIFT's own escapes for text written into a GIFT file: {@code \ ~ = # { } :} are escaped and line breaks become
     * {@code \n}, so a question stays one block (a blank line would end it) and reads back exactly.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

package org.studysite.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises one answer option on a line: "A) text", "A. text", "a) text", "(a) text", "[A] text", "A: text",
 * "**A.** text", "A - text". The letter must be the next one expected (A, then B, …), which keeps prompts that
 * happen to start with "A." or "C:" from being read as options.
 */
final class OptionParser {
    private static final Pattern LETTERED = Pattern.compile(
            "^(?:\\*\\*|__)?\\s*(?:\\(([A-Ha-h])\\)|\\[([A-Ha-h])\\]|([A-Ha-h])\\s*[).:])\\s*(?:\\*\\*|__)?\\s*[).:]?"
                    + "\\s+(\\S.*)$");
    private static final Pattern DASHED = Pattern.compile("^([A-H])\\s+[-–—]\\s+(\\S.*)$");

    private OptionParser() {
    }

    /** An option's text and whether it was given a letter (unlettered list items get letters in order). */
    record ParsedOption(String text, boolean lettered) {
    }

    /** A lettered option on this line, if its letter is the expected one (0 = A). */
    static Optional<ParsedOption> lettered(String line, int expectedIndex) {
        String text = line.trim();
        Matcher m = LETTERED.matcher(text);
        if (m.matches()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return expected(letter, expectedIndex) ? Optional.of(new ParsedOption(m.group(4).trim(), true))
                    : Optional.empty();
        }
        Matcher dashed = DASHED.matcher(text);
        if (dashed.matches() && expected(dashed.group(1), expectedIndex)) {
            return Optional.of(new ParsedOption(dashed.group(2).trim(), true));
        }
        return Optional.empty();
    }

    /** Whether a line starts with some option letter at all (to strip "A)" from a "- [x] A) text" task item). */
    static Optional<String> stripAnyLetter(String line) {
        Matcher m = LETTERED.matcher(line.trim());
        return m.matches() ? Optional.of(m.group(4).trim()) : Optional.empty();
    }

    private static boolean expected(String letter, int expectedIndex) {
        return Character.toUpperCase(letter.charAt(0)) == (char) ('A' + expectedIndex);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}

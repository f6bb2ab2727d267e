package org.studysite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a question's {@code answer}: "B" (single choice) or ["A","C"] (select all that apply), letters counting
 * options in source order from A, case-insensitive. Range is checked against the option count when known.
 */
final class AnswerReader {
    static final String SHAPE = "`answer` must be a letter like \"B\" or a list like [\"A\",\"C\"]";

    /** Indexes and whether the answer was a list; null when it could not be read (already reported). */
    record Answer(List<Integer> indexes, boolean multiple) {
    }

    private AnswerReader() {
    }

    /** @param optionCount the number of options, or -1 when they could not be read (no range check then) */
    static Answer read(Json v, int optionCount, FileReport report) {
        if (v.is(Json.Kind.STRING)) {
            Integer i = letter(v, optionCount, report);
            return i == null ? null : new Answer(List.of(i), false);
        }
        if (!v.is(Json.Kind.ARRAY)) {
            report.error(v, SHAPE + ", not " + v.kind().described, null);
            return null;
        }
        if (v.items().isEmpty()) {
            report.error(v, "`answer` is an empty list",
                    "a select-all-that-apply question needs at least one right letter, like [\"A\",\"C\"]");
            return null;
        }
        return list(v, optionCount, report);
    }

    private static Answer list(Json v, int optionCount, FileReport report) {
        List<Integer> indexes = new ArrayList<>();
        boolean ok = true;
        for (Json item : v.items()) {
            Integer i = item.is(Json.Kind.STRING) ? letter(item, optionCount, report) : notALetter(item, report);
            if (i != null && indexes.contains(i)) {
                report.error(item, "answer letter \"" + letterOf(i) + "\" is listed twice", "list each letter once");
            } else if (i != null) {
                indexes.add(i);
            }
            ok &= i != null;
        }
        return ok ? new Answer(List.copyOf(indexes), true) : null;
    }

    private static Integer notALetter(Json item, FileReport report) {
        report.error(item, SHAPE + "; this item is " + item.kind().described, null);
        return null;
    }

    private static Integer letter(Json v, int optionCount, FileReport report) {
        String s = v.text().trim();
        if (!s.matches("[A-Za-z]")) {
            String hint = s.matches("[A-Za-z]{2,}") ? "for several right answers use a list like [\"A\",\"C\"]" : null;
            report.error(v, SHAPE + ", not " + v.shown(), hint);
            return null;
        }
        int index = s.toUpperCase(Locale.ROOT).charAt(0) - 'A';
        if (optionCount >= 0 && index >= optionCount) {
            report.error(v, "answer \"" + s + "\" but the question has " + optionCount + " option"
                    + (optionCount == 1 ? "" : "s") + " (" + range(optionCount) + ")",
                    "letters count the options in source order, starting at A");
            return null;
        }
        return index;
    }

    static char letterOf(int index) {
        return (char) ('A' + index);
    }

    private static String range(int optionCount) {
        return optionCount <= 1 ? "A" : "A–" + letterOf(optionCount - 1);
    }
}

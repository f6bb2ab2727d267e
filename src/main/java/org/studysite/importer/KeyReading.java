package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer read against the options it answers. Keys repeat the option they name ("B) Cortex", "A) text, B) text");
 * when that repeated text is another option's, or an option the question does not have ("D) All of the above"), or
 * the key gives fewer answers than the question asks for ("(SELECT 2)"), the page contradicts itself: the question
 * is left out with a warning rather than imported with a letter that may be wrong.
 *
 * @param letters       the right options, upper case
 * @param echoConsumed  the answer's text only repeated options (as in "A) t1, B) t2"): none of it explains
 * @param conflict      why the key cannot be trusted, or null
 */
record KeyReading(List<String> letters, boolean echoConsumed, String conflict) {
    /** ", B) text" after the first answer: the next of an enumerated multi-answer key. */
    private static final Pattern NEXT_ECHO = Pattern.compile(",\\s*(?:and\\s+)?(?:\\*\\*|__)?\\(?([A-H])\\)\\s+");
    /** An option a key can name that a question may not list. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:all of the above|none of the above|both [a-h] and [a-h]|all of these|none of these)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED_COUNT = Pattern.compile(
            "\\b(?:choose|select|pick)\\s+(two|three|four|five|[2-5])\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five");
    private static final int MIN_ABBREVIATION = 5;

    static KeyReading read(AnswerParser.Answer answer, List<String> letters, List<String> options, String prompt) {
        List<String> result = letters;
        boolean consumed = false;
        String conflict = null;
        if (letters.size() == 1 && answer.echo() && !answer.rest().isEmpty()) {
            List<String[]> segments = segments(letters.get(0), answer.rest());
            if (segments.size() >= 2 && segments.stream().allMatch(seg -> matchesOption(seg[1], seg[0], options))) {
                result = segments.stream().map(seg -> seg[0]).toList();
                consumed = true;
            } else {
                conflict = echoConflict(letters.get(0), answer.rest(), options);
            }
        }
        Optional<Integer> stated = statedCount(prompt);
        if (conflict == null && stated.isPresent() && stated.get() != result.size()) {
            conflict = "the key gives " + result.size() + (result.size() == 1 ? " answer" : " answers")
                    + " (" + String.join(", ", result) + ") but the question asks for " + stated.get();
        }
        return new KeyReading(result, consumed, conflict);
    }

    /** "A) t1, B) t2, C) t3" as [A, t1], [B, t2], [C, t3]; one segment when the text enumerates nothing. */
    private static List<String[]> segments(String first, String rest) {
        List<String[]> out = new ArrayList<>();
        Matcher m = NEXT_ECHO.matcher(rest);
        String letter = first;
        int at = 0;
        while (m.find()) {
            if (m.group(1).charAt(0) <= letter.charAt(0)) {
                continue;
            }
            out.add(new String[] {letter, rest.substring(at, m.start()).strip()});
            letter = m.group(1);
            at = m.end();
        }
        out.add(new String[] {letter, rest.substring(at).strip()});
        return out;
    }

    private static String echoConflict(String letter, String text, List<String> options) {
        int index = letter.charAt(0) - 'A';
        if (index < options.size() && matchesOption(text, letter, options)) {
            return null;
        }
        for (int i = 0; i < options.size(); i++) {
            if (i != index && matches(text, options.get(i))) {
                return "the key says " + letter + ") " + shorten(text) + ", which is option " + OptionParser.letter(i)
                        + "'s text" + (index < options.size() ? ", not option " + letter + "'s" : "");
            }
        }
        if (REFERENCE.matcher(text).find()) {
            return "the key says " + letter + ") " + shorten(text) + ", but the question has no such option"
                    + (index < options.size() ? " (" + letter + " is \"" + shorten(options.get(index)) + "\")" : "");
        }
        return null; // text that is not an option's: an explanation ("b) Transformations are lazy: …")
    }

    private static boolean matchesOption(String text, String letter, List<String> options) {
        int index = letter.charAt(0) - 'A';
        return index < options.size() && matches(text, options.get(index));
    }

    /** The text repeats the option, whole (maybe followed by an explanation) or shortened to its first words. */
    static boolean matches(String text, String option) {
        String t = AnswerMatcher.normalize(text);
        String o = AnswerMatcher.normalize(option);
        if (t.isEmpty() || o.isEmpty()) {
            return false;
        }
        return t.equals(o) || t.startsWith(o + " ") || t.length() >= MIN_ABBREVIATION && o.startsWith(t + " ");
    }

    static Optional<Integer> statedCount(String prompt) {
        Matcher m = STATED_COUNT.matcher(prompt);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1).toLowerCase();
        return Optional.of(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 2);
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}

package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads answer lines: "Answer: B", "**Answer:** B", "Answer: B, E", "Correct answer: CE", "Correct answers: A and C",
 * "Answer: B) OPTIMIZE", "✅ Answer: (B)". Also bare letters ("B", "B) OPTIMIZE", "**C**") where an answer is
 * expected: under a {@code <summary>Answer</summary>} or as an entry of an Answers section.
 */
final class AnswerParser {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** group 1: "answer(s)"; group 2: a plain "correct"; group 3: the separator; group 4: the value. */
    private static final Pattern ANSWER_LINE = Pattern.compile(
            "^(?:the\\s+)?(?:(?:correct|right)\\s+(?:answers?|options?|choices?)|(answers?)|ans\\.?|solution|(correct))"
                    + "(?:\\s+(?:is|are))?\\s*[*_]*\\s*([:=\\-–—]|\\s)\\s*[*_]*\\s*(.*)$", FLAGS);
    private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{L}\\p{N}(\\[]+");
    private static final Pattern OPTION_WORD = Pattern.compile("^(?:options?|choices?|letters?)\\s+", FLAGS);
    private static final Pattern TOKEN = Pattern.compile(
            "\\(([A-Ha-h])\\)|\\[([A-Ha-h])\\]|([A-H]{2,8})(?![\\p{L}\\p{N}])|([A-Ha-h])(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:,|;|/|&|\\+|\\band\\b|\\bor\\b)\\s*", FLAGS);
    private static final Pattern REMAINDER_NOISE = Pattern.compile("^[\\s*_)\\].:\\-–—]+");

    private AnswerParser() {
    }

    /**
     * An answer as written.
     *
     * @param letters   upper-case option letters, empty when the answer was given as text ("Answer: OPTIMIZE")
     * @param rest      what follows the letters: an echo of the option ("OPTIMIZE") or the start of an explanation
     * @param echo      the letter was written like an option ("B) …", "(B) …"), so rest may repeat its text
     * @param valueText the whole answer value, to match against option texts when there are no letters
     */
    record Answer(List<String> letters, String rest, boolean echo, String valueText) {
        boolean isEmpty() {
            return letters.isEmpty() && valueText.isBlank();
        }
    }

    /** "Answer: …" lines. An empty answer ("**Answer:**" alone) means the answer is on the next line. */
    static Optional<Answer> answerLine(String line) {
        Matcher m = ANSWER_LINE.matcher(LEADING_NOISE.matcher(line.trim()).replaceFirst(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = stripTrailingBold(m.group(4).trim());
        Optional<Answer> letters = letters(value);
        if (letters.isPresent()) {
            return letters;
        }
        if (m.group(3).isBlank()) {
            return Optional.empty(); // "Answer the following…": without a separator only letters count
        }
        if (value.isBlank()) {
            return Optional.of(new Answer(List.of(), "", false, ""));
        }
        // "Correct - the OPTIMIZE command…" is feedback, not an answer; "Answer: OPTIMIZE" names the option.
        return m.group(2) != null ? Optional.empty() : Optional.of(new Answer(List.of(), "", false, value));
    }

    /** Bare letters where an answer is expected: "B", "**B**", "B) OPTIMIZE", "A and C", "Option B". */
    static Optional<Answer> letters(String text) {
        String s = OPTION_WORD.matcher(LEADING_NOISE.matcher(text.trim()).replaceFirst("")).replaceFirst("");
        List<String> letters = new ArrayList<>();
        int i = 0;
        while (true) {
            Matcher token = TOKEN.matcher(s).region(i, s.length());
            if (!token.lookingAt() || !addLetters(token, letters)) {
                break;
            }
            i = token.end();
            Matcher separator = SEPARATOR.matcher(s.substring(i));
            if (separator.lookingAt() && TOKEN.matcher(s.substring(i + separator.end())).lookingAt()) {
                i += separator.end();
                continue;
            }
            break;
        }
        if (letters.isEmpty() || isArticle(s, i, letters)) {
            return Optional.empty();
        }
        boolean echo = s.charAt(i - 1) == ')' || s.charAt(i - 1) == ']'
                || i < s.length() && (s.charAt(i) == ')' || s.charAt(i) == '.' || s.charAt(i) == ':')
                || s.substring(i).matches("(?s)\\s*\\**\\s*[—–-]\\s.*"); // "Answer: C — Elasticity"
        String rest = stripTrailingBold(REMAINDER_NOISE.matcher(s.substring(i)).replaceFirst("").trim());
        return Optional.of(new Answer(List.copyOf(letters), rest, echo, s));
    }

    private static boolean addLetters(Matcher token, List<String> letters) {
        for (int g = 1; g <= 4; g++) {
            String found = token.group(g);
            if (found == null) {
                continue;
            }
            if (g == 3 && !ascending(found)) {
                return false;
            }
            for (char c : found.toCharArray()) {
                String letter = String.valueOf(Character.toUpperCase(c));
                if (!letters.contains(letter)) {
                    letters.add(letter);
                }
            }
            return true;
        }
        return false;
    }

    /** "CE" is two answers; "BAD" or "FACE" are words. */
    private static boolean ascending(String run) {
        for (int i = 1; i < run.length(); i++) {
            if (run.charAt(i) <= run.charAt(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A model signature…" or "a good fit" is English, not option A: a single letter A (or any lower-case letter)
     * followed by a space and a word, with no delimiter after the letter.
     */
    private static boolean isArticle(String s, int end, List<String> letters) {
        if (letters.size() != 1 || end >= s.length() || !Character.isWhitespace(s.charAt(end))) {
            return false;
        }
        char c = s.charAt(end - 1);
        String after = s.substring(end).trim();
        boolean word = !after.isEmpty() && Character.isLetterOrDigit(after.charAt(0));
        return word && (c == 'A' || Character.isLowerCase(c));
    }

    private static String stripTrailingBold(String text) {
        return text.replaceAll("^[*_]+\\s*$", "").replaceAll("\\s*(\\*\\*|__)$", "").trim();
    }
}

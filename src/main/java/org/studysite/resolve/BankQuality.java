package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.SourcePosition;

/**
 * Warnings about cues that let a learner score without knowing the material, and about questions that do not
 * teach after a wrong answer. Warnings only: an author may keep a question as it is for a reason.
 */
public final class BankQuality {
    /** Above this share of single-choice questions with the key as the longest option, length is a cue. */
    static final double MAX_LONGEST_SHARE = 0.3;
    /** From this many single-choice questions on, a share above {@link #MAX_LONGEST_SHARE} is more than chance. */
    static final int MIN_QUESTIONS = 4;

    private static final Pattern OF_THE_ABOVE =
            Pattern.compile("\\b(all|none|both|neither) of the (above|options|answers)\\b");
    private static final Pattern SELECT_N = Pattern.compile(
            "\\b(?:select|choose|pick)\\s+(one|two|three|four|five|[1-9])\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS =
            Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5);
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private BankQuality() {
    }

    public static void check(List<Quiz> quizzes, Diagnostics d) {
        quizzes.stream().sorted(Comparator.comparing(Quiz::sourcePath)).forEach(quiz -> check(quiz, d));
    }

    static void check(Quiz quiz, Diagnostics d) {
        longestIsRight(quiz, d);
        for (Question q : quiz.questions()) {
            if (q.multiple()) {
                longestSetIsRight(q, d);
            }
            containedOptions(q, d);
            if (quiz.shuffleOptions()) {
                ofTheAbove(q, d);
            }
            selectCount(q, d);
            missingWhys(q, d);
            if (q.refs().isEmpty()) {
                warn(d, q.position(), "question `" + q.id() + "` has no `refs`",
                        "add \"refs\": [\"note-id#section\"], the note section it tests, so a learner who missed it"
                                + " knows what to read");
            }
        }
        for (org.studysite.model.Card c : quiz.cards()) {
            if (c.refs().isEmpty()) {
                warn(d, c.position(), "card `" + c.id() + "` has no `refs`",
                        "add \"refs\": [\"note-id#section\"], the note section it comes from, so the back links it");
            }
        }
    }

    /** Ties count against the question: an equally long rival does not hide the cue. */
    private static void longestIsRight(Quiz quiz, Diagnostics d) {
        List<Question> single = quiz.questions().stream().filter(q -> !q.multiple() && q.options().size() > 1)
                .toList();
        List<Question> cued = single.stream().filter(BankQuality::keyIsLongest).toList();
        if (single.size() >= MIN_QUESTIONS && cued.size() > MAX_LONGEST_SHARE * single.size()) {
            warn(d, cued.get(0).position(), "the right answer is the longest option in " + cued.size() + " of "
                    + single.size() + " single-choice questions (" + cued.stream().map(Question::id)
                    .collect(Collectors.joining(", ")) + ")",
                    "keep it at most " + Math.round(MAX_LONGEST_SHARE * 100) + "%: lengthen a wrong option or"
                            + " shorten the right one");
        }
    }

    private static boolean keyIsLongest(Question q) {
        int key = q.answer().get(0);
        int keyLength = length(q.options().get(key));
        return IntStream.range(0, q.options().size()).filter(i -> i != key)
                .allMatch(i -> length(q.options().get(i)) <= keyLength);
    }

    private static void longestSetIsRight(Question q, Diagnostics d) {
        List<Integer> others = IntStream.range(0, q.options().size()).boxed()
                .filter(i -> !q.answer().contains(i)).toList();
        if (others.isEmpty()) {
            return;
        }
        int shortestKey = q.answer().stream().mapToInt(i -> length(q.options().get(i))).min().orElse(0);
        int longestOther = others.stream().mapToInt(i -> length(q.options().get(i))).max().orElse(0);
        if (shortestKey >= longestOther) {
            warn(d, q.position(), "question `" + q.id() + "`: the right options " + letters(q.answer())
                    + " are the " + q.answer().size() + " longest", "lengthen a wrong option or shorten a right one");
        }
    }

    /** Whole-word containment only: "0.67" in "About 0.67" is a cue, "no" in "none" is not. */
    private static void containedOptions(Question q, Diagnostics d) {
        List<String> texts = q.options().stream().map(BankQuality::normalized).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                if (i != j && !texts.get(i).isEmpty() && texts.get(i).length() < texts.get(j).length()
                        && containsWord(texts.get(j), texts.get(i))) {
                    warn(d, q.position(), "question `" + q.id() + "`: option " + LETTERS.charAt(i)
                            + " is part of option " + LETTERS.charAt(j),
                            "reword one so the two cannot be told apart by their wording alone");
                }
            }
        }
    }

    private static void ofTheAbove(Question q, Diagnostics d) {
        for (int i = 0; i < q.options().size(); i++) {
            Matcher m = OF_THE_ABOVE.matcher(normalized(q.options().get(i)));
            if (m.find()) {
                warn(d, q.position(), "question `" + q.id() + "`: option " + LETTERS.charAt(i) + " says \""
                        + m.group() + "\", but this quiz shuffles its options",
                        "name the options it means, or set \"shuffle\": {\"options\": false} for this quiz");
            }
        }
    }

    private static void selectCount(Question q, Diagnostics d) {
        Matcher m = SELECT_N.matcher(q.prompt().markdown());
        if (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int n = NUMBERS.getOrDefault(word, word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : 0);
            if (n != q.answer().size() || (n > 1 && !q.multiple())) {
                warn(d, q.position(), "question `" + q.id() + "` says \"" + m.group() + "\" but its answer has "
                        + q.answer().size() + " option" + (q.answer().size() == 1 ? "" : "s"),
                        "make the prompt and the answer agree (or use \"showCount\": true and drop the count from"
                                + " the prompt)");
            }
        } else if (q.showCount() && !q.multiple()) {
            warn(d, q.position(), "question `" + q.id() + "` has \"showCount\": true but is single-choice",
                    "showCount tells how many options to pick in a multiple-select question; remove it");
        }
    }

    private static void missingWhys(Question q, Diagnostics d) {
        List<Integer> missing = IntStream.range(0, q.options().size()).boxed()
                .filter(i -> !q.answer().contains(i))
                .filter(i -> org.studysite.model.MarkdownText.isBlank(q.options().get(i).why())).toList();
        if (!missing.isEmpty()) {
            warn(d, q.position(), "question `" + q.id() + "`: wrong option" + (missing.size() == 1 ? " " : "s ")
                    + letters(missing) + (missing.size() == 1 ? " has" : " have") + " no `why`",
                    "add \"why\" to each wrong option: what makes it wrong is what a learner asks after a miss");
        }
    }

    private static boolean containsWord(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            if (boundary(haystack, at - 1) && boundary(haystack, end)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** What a reader sees: Markdown emphasis and code marks do not count towards length or wording. */
    private static String normalized(Option o) {
        return o.text().markdown().replaceAll("[`*_]", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int length(Option o) {
        return normalized(o).length();
    }

    private static String letters(List<Integer> indexes) {
        List<String> out = new ArrayList<>();
        indexes.stream().sorted().forEach(i -> out.add(String.valueOf(LETTERS.charAt(i))));
        return String.join(", ", out);
    }

    private static void warn(Diagnostics d, SourcePosition at, String message, String hint) {
        d.warning(new SourcePosition(at.file(), at.line(), at.column()), message, hint);
    }
}

package org.studysite.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.studysite.model.Question;

/**
 * Warns when one letter is the right answer too often: learners pick up on "it's usually C". Only single-choice
 * questions count, and only from five of them on, where a 40% share is more than chance.
 */
final class AnswerBalance {
    static final int MIN_QUESTIONS = 5;
    static final double MAX_SHARE = 0.4;

    private AnswerBalance() {
    }

    static void check(Json questionsNode, List<Question> questions, FileReport report) {
        Map<Character, Integer> counts = new TreeMap<>();
        questions.stream().filter(q -> !q.multiple())
                .forEach(q -> counts.merge(AnswerReader.letterOf(q.answer().get(0)), 1, Integer::sum));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total < MIN_QUESTIONS) {
            return;
        }
        Map.Entry<Character, Integer> top = counts.entrySet().stream()
                .max(Map.Entry.<Character, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow();
        if (top.getValue() > MAX_SHARE * total) {
            String all = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            report.warning(questionsNode, "answer " + top.getKey() + " is right in " + top.getValue() + " of " + total
                    + " single-choice questions (" + all + ")", "vary the position of the right answer");
        }
    }
}

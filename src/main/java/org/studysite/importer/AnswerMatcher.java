package org.studysite.importer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pairs the entries of an Answers section with their questions: by the repeated question text when the entry
 * has one (numbering often differs between the two lists), else by number.
 */
final class AnswerMatcher {
    private static final double MIN_SIMILARITY = 0.6;

    private AnswerMatcher() {
    }

    /**
     * @param promptOf the Markdown prompt of a draft
     * @param orphan   called for each entry that matches no question
     * @return question → its entry
     */
    static Map<QuestionDraft, QuestionDraft> pair(List<QuestionDraft> questions, List<QuestionDraft> entries,
                                                  Function<QuestionDraft, String> promptOf,
                                                  Consumer<QuestionDraft> orphan) {
        Map<QuestionDraft, QuestionDraft> pairs = new IdentityHashMap<>();
        for (QuestionDraft entry : entries) {
            QuestionDraft byPrompt = bestByPrompt(questions, normalize(promptOf.apply(entry)), promptOf, pairs);
            QuestionDraft target = byPrompt != null ? byPrompt : byNumber(questions, entry.number, pairs);
            if (target == null) {
                orphan.accept(entry);
            } else {
                pairs.put(target, entry);
            }
        }
        return pairs;
    }

    private static QuestionDraft bestByPrompt(List<QuestionDraft> questions, String key,
                                              Function<QuestionDraft, String> promptOf,
                                              Map<QuestionDraft, QuestionDraft> taken) {
        if (key.isEmpty()) {
            return null;
        }
        QuestionDraft best = null;
        double bestScore = MIN_SIMILARITY;
        for (QuestionDraft q : questions) {
            double score = similarity(key, normalize(promptOf.apply(q)));
            if (!taken.containsKey(q) && score >= bestScore && (best == null || score > bestScore)) {
                best = q;
                bestScore = score;
            }
        }
        return best;
    }

    private static QuestionDraft byNumber(List<QuestionDraft> questions, int number,
                                          Map<QuestionDraft, QuestionDraft> taken) {
        return questions.stream().filter(q -> q.number == number && !taken.containsKey(q)).findFirst().orElse(null);
    }

    /** 1 for the same words; 0.9 when one text contains the other (answers often shorten the question). */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        if (Math.min(a.length(), b.length()) >= 12 && (a.contains(b) || b.contains(a))) {
            return 0.9;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size();
    }

    /** Lower case words only: Markdown markers, punctuation and spacing do not make two prompts differ. */
    static String normalize(String markdown) {
        return markdown.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}

package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studysite.model.Band;
import org.studysite.model.Question;
import org.studysite.model.Quiz;

/**
 * A quiz with what its pages, embeds and banks need, computed once by resolve: render maps it to views and reads
 * nothing else from the raw quiz but its text.
 *
 * @param passPercent    its own pass mark, else the site's (the one place this default is applied)
 * @param url            its page, {@code quizzes/ID.html}
 * @param flashcardsUrl  its flashcard page, {@code flashcards/ID.html}; null when it has no cards
 * @param editUrl        its file on GitHub, opened for editing ("Suggest a fix"); null without a repoUrl
 * @param bands          its score bands, highest first
 * @param domainTitles   the titles of its questions' domains, distinct, in question order
 * @param questionDomains each question's domain title, in question order ("" for one without a domain)
 * @param cardDomains    each card's domain title, in card order ("" for one without a domain)
 * @param questionIndex  each question's position by id (the last, should two share an id)
 */
public record ResolvedQuiz(Quiz quiz, int passPercent, String url, String flashcardsUrl, String editUrl,
                           List<Band> bands, List<String> domainTitles, List<String> questionDomains,
                           List<String> cardDomains, Map<String, Integer> questionIndex) {

    public ResolvedQuiz {
        bands = List.copyOf(bands);
        domainTitles = List.copyOf(domainTitles);
        questionDomains = List.copyOf(questionDomains);
        cardDomains = List.copyOf(cardDomains);
        questionIndex = Map.copyOf(questionIndex);
    }

    /**
     * @param sitePassPercent the site's pass mark, for a quiz without its own
     * @param domainTitle     a domain's title by id (its id when no exam declares it)
     * @param editUrl         its file's "edit on GitHub" URL, or null
     */
    public static ResolvedQuiz of(Quiz quiz, int sitePassPercent, Function<String, String> domainTitle, String editUrl) {
        List<Band> bands = new ArrayList<>(quiz.bands() == null ? List.of() : quiz.bands());
        bands.sort(Comparator.comparingInt(Band::minPercent).reversed());
        List<String> domains = quiz.questions().stream().map(Question::domain).filter(d -> d != null && !d.isEmpty())
                .distinct().map(d -> orEmpty(domainTitle.apply(d))).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            index.put(quiz.questions().get(i).id(), i);
        }
        return new ResolvedQuiz(quiz, quiz.passPercent() != null ? quiz.passPercent() : sitePassPercent,
                Site.quizUrl(quiz.id()), quiz.cards().isEmpty() ? null : Site.flashcardsUrl(quiz.id()), editUrl,
                bands, domains, quiz.questions().stream().map(q -> title(q.domain(), domainTitle)).toList(),
                quiz.cards().stream().map(c -> title(c.domain(), domainTitle)).toList(), index);
    }

    private static String title(String domain, Function<String, String> domainTitle) {
        return domain == null || domain.isEmpty() ? "" : orEmpty(domainTitle.apply(domain));
    }

    public String id() {
        return quiz.id();
    }

    public String title() {
        return quiz.title();
    }

    /** The position of the question with this id in the quiz, or -1. */
    public int indexOf(String questionId) {
        return questionIndex.getOrDefault(questionId, -1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

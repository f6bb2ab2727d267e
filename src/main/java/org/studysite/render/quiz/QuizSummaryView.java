package org.studysite.render.quiz;

import java.util.List;

/** A row of the quiz index (quizzes.ftlh); flashcardsHref is null when the quiz has no cards. */
public record QuizSummaryView(String id, String title, String href, int questionCount, List<String> domainTitles,
                              int passPercent, String contentHash, int cardCount, String flashcardsHref) {
}

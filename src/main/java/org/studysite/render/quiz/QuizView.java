package org.studysite.render.quiz;

import java.util.List;

import org.studysite.model.Band;

/** One quiz ready for quiz.ftlh (or an embed in a note). bands are sorted by minPercent, highest first. */
public record QuizView(
        String id,
        String title,
        String descriptionHtml,
        int passPercent,
        List<Band> bands,
        List<LinkView> related,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        String contentHash,
        List<QuestionView> questions,
        String editUrl) {

    /** Distinct domain titles of the questions, in order of first appearance. */
    public List<String> domainTitles() {
        return questions.stream().map(QuestionView::domainTitle).filter(t -> t != null && !t.isEmpty())
                .distinct().toList();
    }
}

package org.studysite.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.render.quiz.QuizView;
import org.studysite.render.quiz.QuizViews;

/** HTML for ```quiz ID[#QUESTION] blocks in notes: the same markup and scoring as on quiz pages. */
final class QuizEmbeds {
    private final Templates templates;
    private final PracticeLinks links;
    private final ToIntFunction<Quiz> passPercent;

    QuizEmbeds(Templates templates, PracticeLinks links, ToIntFunction<Quiz> passPercent) {
        this.templates = templates;
        this.links = links;
        this.passPercent = passPercent;
    }

    String html(String pageUrl, String quizId, String questionId) {
        Quiz quiz = links.quiz(quizId);
        if (quiz == null) {
            return "";
        }
        QuizView view = QuizViews.quizWithRefLinks(quiz, passPercent.applyAsInt(quiz), links.text(pageUrl), links.refLink(pageUrl),
                links.domainTitle(), links.editUrl(quiz.sourcePath()));
        Map<String, Object> m = new HashMap<>();
        m.put("quiz", view);
        if (questionId != null) {
            int i = 0;
            for (Question q : quiz.questions()) {
                if (q.id().equals(questionId)) {
                    m.put("question", view.questions().get(i));
                }
                i++;
            }
        }
        return templates.render("partials/embed.ftlh", m);
    }
}

package org.studysite.render;

import java.util.HashMap;
import java.util.Map;
import org.studysite.render.quiz.QuizView;
import org.studysite.render.quiz.QuizViews;
import org.studysite.resolve.ResolvedQuiz;
import org.studysite.resolve.Site;

/** HTML for ```quiz ID[#QUESTION] blocks in notes: the same markup and scoring as on quiz pages. */
final class QuizEmbeds {
    private final Site site;
    private final Templates templates;
    private final PracticeLinks links;

    QuizEmbeds(Site site, Templates templates, PracticeLinks links) {
        this.site = site;
        this.templates = templates;
        this.links = links;
    }

    String html(String pageUrl, String quizId, String questionId) {
        ResolvedQuiz quiz = site.quizById().get(quizId);
        if (quiz == null) {
            return "";
        }
        QuizView view = QuizViews.quiz(quiz, links.text(pageUrl), links.refLink(pageUrl));
        Map<String, Object> m = new HashMap<>();
        m.put("quiz", view);
        int question = questionId == null ? -1 : quiz.indexOf(questionId);
        if (question >= 0) {
            m.put("question", view.questions().get(question));
        }
        return templates.render("partials/embed.ftlh", m);
    }
}

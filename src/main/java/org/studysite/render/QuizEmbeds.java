package org.studysite.render;

import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/** HTML for ```quiz blocks in notes. TEMPORARY: a link until the quiz views land. */
final class QuizEmbeds {
    String html(String pageUrl, String quizId, String questionId) {
        String href = Urls.relative(pageUrl, Site.quizUrl(quizId)) + (questionId == null ? "" : "#q-" + questionId);
        return "<p class=\"quiz-embed\"><a href=\"" + href + "\">Quiz: " + quizId + "</a></p>";
    }
}

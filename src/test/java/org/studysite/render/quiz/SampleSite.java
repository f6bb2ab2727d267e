package org.studysite.render.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.studysite.model.Quiz;
import org.studysite.model.Ref;

/** Renders every quiz-feature page of the sample into a folder. */
final class SampleSite {
    static final List<String> QUIZ_JS = List.of("assets/js/quiz.js");

    private SampleSite() {
    }

    /** hrefs from a page depth levels below the root. */
    static Function<Ref, LinkView> refLink(int depth) {
        return r -> new LinkView("../".repeat(depth) + r.noteId() + "/" + (r.anchor() == null ? "" : "#" + r.anchor()),
                r.noteId().equals("notes/serving") ? "Model serving" : "Tracking");
    }

    static Function<String, String> domainTitle() {
        return d -> d.equals(Sample.D1) ? "ML workflows" : d.equals(Sample.D2) ? "Deployment" : d;
    }

    static TestSite quizPages(Path dir) throws Exception {
        TestSite site = new TestSite(dir);
        Quiz basics = Sample.quiz("basics", false);
        Quiz shuffled = Sample.quiz("shuffled", true);
        for (Quiz q : List.of(basics, shuffled)) {
            QuizView view = QuizViews.quizWithRefLinks(q, 70, Sample::md, refLink(2), domainTitle(),
                    "https://github.com/o/r/edit/main/content/quizzes/" + q.id() + ".json");
            site.render("quiz.ftlh", "quizzes/" + q.id(), q.title(), QUIZ_JS, Map.of("quiz", view));
        }
        site.render("quizzes.ftlh", "quizzes", "Quizzes", QUIZ_JS, Map.of(
                "quizzes", List.of(QuizViews.summary(basics, 70, "basics/", domainTitle()),
                        QuizViews.summary(shuffled, 70, "shuffled/", domainTitle())),
                "exams", List.of(new LinkView("../exam/mock/", "Mock exam"))));
        return site;
    }

    static final int EXAM_QUESTIONS = 8;
    static final int EXAM_MINUTES = 20;

    static TestSite examPages(Path dir) throws Exception {
        TestSite site = new TestSite(dir);
        List<Quiz> quizzes = List.of(Sample.quiz("basics", false), Sample.quiz("other", false));
        ExamView view = QuizViews.exam(Sample.exam(EXAM_QUESTIONS, EXAM_MINUTES), quizzes, Sample::md, refLink(2),
                List.of(new LinkView("../../quizzes/basics/", "Basics quiz")));
        site.render("exam.ftlh", "exam/mock", "Mock exam", List.of("assets/js/exam.js"), Map.of("exam", view));
        return site;
    }
}

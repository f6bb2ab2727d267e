package org.studysite.render.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.resolve.ProgressTotals;
import org.studysite.resolve.ResolvedExam;
import org.studysite.resolve.ResolvedPath;
import org.studysite.resolve.ResolvedQuiz;

/** Renders every quiz-feature page of the sample into a folder. */
final class SampleSite {
    static final List<String> QUIZ_JS = List.of("assets/js/rules.js", "assets/js/questions.js", "assets/js/quiz.js");

    /** The shared practice scripts, a bank written beside the page (dir/index.bank.js), then the page's script. */
    static List<String> withBank(TestSite site, String dir, String name, Object bank, String script) throws Exception {
        String bankPath = Banks.beside(dir + "/index.html");
        site.write(bankPath, Banks.script(name, dir + "/index.html", bank));
        return List.of("assets/js/rules.js", "assets/js/questions.js", bankPath, script);
    }

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
            QuizView view = QuizViews.quiz(resolved(q, "https://github.com/o/r/edit/main/content/quizzes/" + q.id()
                    + ".json"), Sample::md, refLink(2));
            site.render("quiz.ftlh", "quizzes/" + q.id(), q.title(), QUIZ_JS, Map.of("quiz", view));
        }
        site.render("quizzes.ftlh", "quizzes", "Quizzes", QUIZ_JS, Map.of(
                "quizzes", List.of(QuizViews.summary(resolved(basics, null), "basics/", null),
                        QuizViews.summary(resolved(shuffled, null), "shuffled/", null)),
                "exams", List.of(new LinkView("../exam/mock/", "Mock exam"))));
        return site;
    }

    static final int EXAM_QUESTIONS = 8;
    static final int EXAM_MINUTES = 20;

    static TestSite examPages(Path dir) throws Exception {
        TestSite site = new TestSite(dir);
        List<Quiz> quizzes = List.of(Sample.quiz("basics", false), Sample.quiz("other", false));
        ExamView view = QuizViews.exam(ResolvedExam.of(Sample.exam(EXAM_QUESTIONS, EXAM_MINUTES), quizzes), Sample::md, refLink(2),
                List.of(new LinkView("../../quizzes/basics/", "Basics quiz")));
        site.render("exam.ftlh", "exam/mock", "Mock exam", withBank(site, "exam/mock", "exam", view.bank(),
                "assets/js/exam.js"), Map.of("exam", view));
        return site;
    }

    static TestSite progressPages(Path dir) throws Exception {
        TestSite site = new TestSite(dir);
        Quiz basics = Sample.quiz("basics", false);
        List<Quiz> quizzes = List.of(basics);
        List<org.studysite.model.Exam> exams = List.of(Sample.exam(EXAM_QUESTIONS, EXAM_MINUTES));
        List<QuizViews.NoteLink> notes = List.of(new QuizViews.NoteLink("notes/tracking", "Tracking", "../notes/tracking/"),
                new QuizViews.NoteLink("notes/serving", "Model serving", "../notes/serving/"));
        List<ResolvedQuiz> resolvedQuizzes = quizzes.stream().map(q -> resolved(q, null)).toList();
        List<ResolvedExam> resolvedExams = exams.stream().map(e -> ResolvedExam.of(e, quizzes)).toList();
        ProgressTotals totals = ProgressTotals.of(quizzes, exams, domainTitle());
        ProgressView progress = QuizViews.progress(resolvedQuizzes, resolvedExams, totals, notes, false, Sample::md,
                refLink(1), SampleSite::fromProgress);
        site.render("progress.ftlh", "progress", "Your progress", withBank(site, "progress", "progress",
                progress.progress(), "assets/js/progress.js"),
                Map.of("progress", progress, "reviewHref", "../review/"));
        ProgressView review = QuizViews.progress(resolvedQuizzes, resolvedExams, totals, notes, true, Sample::md,
                refLink(1), SampleSite::fromProgress);
        site.render("review.ftlh", "review", "Review", withBank(site, "review", "review", review.review(),
                "assets/js/review.js"), Map.of("review", review));
        var pos = Sample.POS;
        List<org.studysite.model.StudyPath> paths = List.of(new org.studysite.model.StudyPath("three-weeks",
                "Three weeks", "From zero to the exam.", List.of(
                new org.studysite.model.StudyPath.Day("Basics", items(pos, "notes/tracking", "quiz:basics"), pos),
                new org.studysite.model.StudyPath.Day(null, items(pos, "notes/serving", "exam:mock"), pos))));
        site.render("paths.ftlh", "paths", "Study paths", List.of("assets/js/rules.js", "assets/js/questions.js",
                "assets/js/progress.js"), Map.of("paths",
                QuizViews.paths(paths.stream().map(ResolvedPath::of).toList(), parsed -> {
                    String item = parsed.written();
                    return item.equals("quiz:basics") ? new LinkView("../quizzes/basics/", "Basics quiz")
                        : item.equals("exam:mock") ? new LinkView("../exam/mock/", "Mock exam")
                        : new LinkView("../" + item + "/", item.equals("notes/tracking") ? "Tracking" : "Model serving");
                },
                        id -> QuizViews.contentHash(basics))));
        site.extra.putTemplate("note-test.ftlh", """
                <#import "layout.ftlh" as layout><#import "partials/question.ftlh" as qz>
                <@layout.page bodyClass="page-note"><article data-note-id="notes/tracking"><h1>Tracking</h1>
                <ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> Install</li>
                <li class="task-list-item"><input type="checkbox" disabled> Log a run</li></ul>
                <@qz.quiz quiz=quiz embed=true/><p>One more:</p><@qz.questionEmbed quiz=other q=other.questions[2]/>
                </article></@layout.page>""");
        site.render("note-test.ftlh", "notes/tracking", "Tracking", List.of("assets/js/notes.js", "assets/js/rules.js",
                        "assets/js/questions.js", "assets/js/quiz.js"),
                Map.of("quiz", QuizViews.quiz(resolved(basics, null), Sample::md, refLink(2)),
                        "other", QuizViews.quiz(resolved(Sample.quiz("other", false), null), Sample::md, refLink(2))));
        return site;
    }

    private static List<org.studysite.model.StudyItem> items(org.studysite.model.SourcePosition pos, String... written) {
        return java.util.Arrays.stream(written).map(w -> org.studysite.model.StudyItem.parse(w, pos)).toList();
    }

    /** A quiz as resolve hands it on; the site's default pass mark in these samples is 70. */
    static ResolvedQuiz resolved(Quiz quiz, String editUrl) {
        return ResolvedQuiz.of(quiz, 70, domainTitle(), editUrl);
    }

    /** A site URL as the progress and review pages (one folder deep, pretty URLs) link it: exams live in exam/. */
    private static String fromProgress(String siteUrl) {
        return "../" + siteUrl.replaceFirst("^exams/", "exam/").replaceFirst("\\.html$", "/");
    }
}

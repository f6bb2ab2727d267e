package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.model.Exam;
import org.studysite.render.quiz.Banks;
import org.studysite.render.quiz.ExamView;
import org.studysite.model.StudyItem;
import org.studysite.render.quiz.LinkView;
import org.studysite.render.quiz.QuizViews;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.ResolvedExam;
import org.studysite.resolve.ResolvedQuiz;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/**
 * Renders the practice pages: each quiz (and its flashcards, when it has cards), the quiz index, mock exams,
 * progress, review and study paths.
 */
final class PracticeRenderer {
    private static final List<String> STYLES = List.of("assets/css/quiz.css");
    /** The rules and the question markup, loaded before every practice script. */
    private static final List<String> SHARED = List.of("assets/js/rules.js", "assets/js/questions.js");
    /** What a page with a quiz on it loads (quiz pages, the index, notes embedding a quiz). */
    static final List<String> QUIZ_SCRIPTS = withShared("assets/js/quiz.js");
    /** What a flashcard page loads. */
    static final List<String> FLASHCARD_SCRIPTS = withShared("assets/js/flashcards.js");

    private final Site site;
    private final Templates templates;
    private final PracticeLinks links;
    private final PageContext context;

    PracticeRenderer(Site site, Templates templates, PracticeLinks links) {
        this.site = site;
        this.templates = templates;
        this.links = links;
        this.context = new PageContext(site);
    }

    /** The practice pages as outputs; none when the site has no quizzes and no exams. */
    List<RenderPlan.Output> outputs(PageInputs inputs) {
        List<ResolvedQuiz> quizzes = site.quizzes();
        List<RenderPlan.Output> out = new ArrayList<>();
        if (quizzes.isEmpty() && site.exams().isEmpty()) {
            return out;
        }
        quizzes.forEach(q -> out.add(output(q.url(), () -> inputs.quizPage(q), () -> quizPage(q))));
        quizzes.stream().filter(q -> q.flashcardsUrl() != null).forEach(q -> out.add(output(q.flashcardsUrl(),
                () -> inputs.flashcardPage(q), () -> flashcardPage(q))));
        out.add(output(Site.QUIZ_INDEX, () -> inputs.practicePage(Site.QUIZ_INDEX), this::quizIndex));
        // An exam, progress and review page each come with a bank script: two outputs of one rendering.
        site.exams().forEach(e -> paired(out, e.url(), inputs, files -> examPage(e, files)));
        paired(out, Site.PROGRESS, inputs, files -> progressPage(false, files));
        paired(out, Site.REVIEW, inputs, files -> progressPage(true, files));
        if (!site.paths().isEmpty()) {
            out.add(output(Site.PATHS, () -> inputs.practicePage(Site.PATHS), this::pathsPage));
        }
        return out;
    }

    private static void paired(List<RenderPlan.Output> out, String url, PageInputs inputs,
                               java.util.function.Consumer<Map<String, String>> render) {
        for (String path : List.of(url, Banks.beside(url))) {
            out.add(output(path, () -> inputs.practicePage(url), () -> {
                Map<String, String> files = new java.util.HashMap<>();
                render.accept(files);
                return files.get(path);
            }));
        }
    }

    private static RenderPlan.Output output(String url, java.util.function.Supplier<String> fingerprint,
                                            java.util.function.Supplier<String> html) {
        return new RenderPlan.Output(url, fingerprint,
                () -> new RenderPlan.Rendered(html.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
    }

    private String quizPage(ResolvedQuiz quiz) {
        String url = quiz.url();
        Map<String, Object> m = page(url, quiz.title(), "quiz", QUIZ_SCRIPTS);
        m.put("quiz", QuizViews.quiz(quiz, links.text(url), links.refLink(url)));
        if (quiz.flashcardsUrl() != null) {
            m.put("flashcards", flashcardsLink(url, quiz));
        }
        return templates.render("quiz.ftlh", m);
    }

    private static LinkView flashcardsLink(String fromUrl, ResolvedQuiz quiz) {
        int n = quiz.quiz().cards().size();
        return new LinkView(Urls.relative(fromUrl, quiz.flashcardsUrl()),
                "Flashcards: " + n + " card" + (n == 1 ? "" : "s"));
    }

    /** flashcards/ID.html: the quiz's cards, one at a time with JavaScript, each a details element without. */
    private String flashcardPage(ResolvedQuiz quiz) {
        String url = quiz.flashcardsUrl();
        Map<String, Object> m = page(url, "Flashcards: " + quiz.title(), "flashcards", FLASHCARD_SCRIPTS);
        m.put("deck", QuizViews.deck(quiz, links.text(url), links.refLink(url), Urls.relative(url, quiz.url())));
        return templates.render("flashcards.ftlh", m);
    }

    private String quizIndex() {
        String url = Site.QUIZ_INDEX;
        Map<String, Object> m = page(url, "Quizzes", "quizzes", QUIZ_SCRIPTS);
        // A quiz without cards has no flashcard page: its row's link is null (QuizViews.summary).
        m.put("quizzes", site.quizzes().stream().map(q -> QuizViews.summary(q, Urls.relative(url, q.url()),
                q.flashcardsUrl() == null ? null : Urls.relative(url, q.flashcardsUrl()))).toList());
        m.put("exams", examLinks(url));
        return templates.render("quizzes.ftlh", m);
    }

    /** The exam page and its bank, exams/ID.bank.js, which the page loads before exam.js. */
    private void examPage(ResolvedExam resolved, Map<String, String> out) {
        Exam exam = resolved.exam();
        String url = resolved.url();
        String bankUrl = Banks.beside(url);
        Map<String, Object> m = page(url, exam.title(), "exam", withShared(bankUrl, "assets/js/exam.js"));
        List<LinkView> quizLinks = site.quizzes().stream()
                .map(q -> new LinkView(Urls.relative(url, q.url()), q.title())).toList();
        ExamView view = QuizViews.exam(resolved, links.text(url), links.refLink(url), quizLinks);
        m.put("exam", view);
        out.put(bankUrl, Banks.script("exam", url, view.bank()));
        out.put(url, templates.render("exam.ftlh", m));
    }

    /** The progress or review page and its bank (progress.bank.js, review.bank.js). */
    private void progressPage(boolean review, Map<String, String> out) {
        String url = review ? Site.REVIEW : Site.PROGRESS;
        String bankUrl = Banks.beside(url);
        Map<String, Object> m = page(url, review ? "Review" : "Progress", review ? "review" : "progress",
                withShared(bankUrl, review ? "assets/js/review.js" : "assets/js/progress.js"));
        List<QuizViews.NoteLink> notes = new ArrayList<>();
        for (NotePage p : site.pages()) {
            if (!p.generated()) {
                notes.add(new QuizViews.NoteLink(p.note().id(), p.title(), Urls.relative(url, p.url())));
            }
        }
        var view = QuizViews.progress(site.quizzes(), site.exams(), site.progress(), notes, review,
                links.text(url), links.refLink(url), target -> Urls.relative(url, target));
        m.put(review ? "review" : "progress", view);
        m.put("reviewHref", Urls.relative(url, Site.REVIEW));
        out.put(bankUrl, review ? Banks.script("review", url, view.review())
                : Banks.script("progress", url, view.progress()));
        out.put(url, templates.render(review ? "review.ftlh" : "progress.ftlh", m));
    }

    private String pathsPage() {
        String url = Site.PATHS;
        Map<String, Object> m = page(url, "Study paths", "paths", withShared("assets/js/progress.js"));
        m.put("paths", QuizViews.paths(site.paths(), item -> itemLink(url, item), id -> {
            ResolvedQuiz q = site.quizById().get(id);
            return q == null ? "" : q.quiz().contentHash();
        }));
        return templates.render("paths.ftlh", m);
    }

    private LinkView itemLink(String url, StudyItem item) {
        Site.Target target = site.target(item);
        return target == null ? null : new LinkView(Urls.relative(url, target.url()), target.label());
    }

    private List<LinkView> examLinks(String url) {
        return site.exams().stream()
                .map(e -> new LinkView(Urls.relative(url, e.url()), e.exam().title())).toList();
    }

    private static List<String> withShared(String... scripts) {
        List<String> all = new ArrayList<>(SHARED);
        all.addAll(List.of(scripts));
        return all;
    }

    private Map<String, Object> page(String url, String title, String kind, List<String> scripts) {
        List<String> all = new ArrayList<>(List.of("assets/js/site.js"));
        all.addAll(scripts);
        Map<String, Object> m = context.base(url, title, null, kind, List.of(), STYLES, List.copyOf(all));
        m.put("toc", List.of());
        return m;
    }
}

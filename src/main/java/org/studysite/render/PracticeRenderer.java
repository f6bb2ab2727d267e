package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.model.Exam;
import org.studysite.model.Quiz;
import org.studysite.render.quiz.LinkView;
import org.studysite.render.quiz.QuizViews;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;
import org.studysite.write.OutputDir;

/** Renders the practice pages: each quiz, the quiz index, mock exams, progress, review and study paths. */
final class PracticeRenderer {
    private static final List<String> STYLES = List.of("assets/css/quiz.css");

    private final Site site;
    private final Templates templates;
    private final PracticeLinks links;
    private final PageContext context;
    private final int defaultPass;

    PracticeRenderer(Site site, Templates templates, PracticeLinks links) {
        this.site = site;
        this.templates = templates;
        this.links = links;
        this.context = new PageContext(site);
        this.defaultPass = site.config().passPercent();
    }

    void render(OutputDir out) {
        List<Quiz> quizzes = site.content().quizzes();
        if (quizzes.isEmpty() && site.content().exams().isEmpty()) {
            return;
        }
        quizzes.parallelStream().forEach(q -> out.write(Site.quizUrl(q.id()), quizPage(q)));
        out.write(Site.QUIZ_INDEX, quizIndex());
        site.content().exams().forEach(e -> out.write(Site.examUrl(e.id()), examPage(e)));
        out.write(Site.PROGRESS, progressPage(false));
        out.write(Site.REVIEW, progressPage(true));
        if (!site.config().paths().isEmpty()) {
            out.write(Site.PATHS, pathsPage());
        }
    }

    private String quizPage(Quiz quiz) {
        String url = Site.quizUrl(quiz.id());
        Map<String, Object> m = page(url, quiz.title(), "quiz", "assets/js/quiz.js");
        m.put("quiz", QuizViews.quizWithRefLinks(quiz, defaultPass, links::markdown, links.refLink(url),
                links.domainTitle(), links.editUrl(quiz.sourcePath())));
        return templates.render("quiz.ftlh", m);
    }

    private String quizIndex() {
        String url = Site.QUIZ_INDEX;
        Map<String, Object> m = page(url, "Quizzes", "quizzes", "assets/js/quiz.js");
        m.put("quizzes", site.content().quizzes().stream().map(q -> QuizViews.summary(q, defaultPass,
                Urls.relative(url, Site.quizUrl(q.id())), links.domainTitle())).toList());
        m.put("exams", examLinks(url));
        return templates.render("quizzes.ftlh", m);
    }

    private String examPage(Exam exam) {
        String url = Site.examUrl(exam.id());
        Map<String, Object> m = page(url, exam.title(), "exam", "assets/js/exam.js");
        List<LinkView> quizLinks = site.content().quizzes().stream()
                .map(q -> new LinkView(Urls.relative(url, Site.quizUrl(q.id())), q.title())).toList();
        m.put("exam", QuizViews.exam(exam, site.content().quizzes(), links::markdown, links.refLink(url), quizLinks));
        return templates.render("exam.ftlh", m);
    }

    private String progressPage(boolean review) {
        String url = review ? Site.REVIEW : Site.PROGRESS;
        Map<String, Object> m = page(url, review ? "Review" : "Progress", review ? "review" : "progress",
                review ? "assets/js/review.js" : "assets/js/progress.js");
        List<QuizViews.NoteLink> notes = new ArrayList<>();
        for (NotePage p : site.pages()) {
            if (!p.generated()) {
                notes.add(new QuizViews.NoteLink(p.note().id(), p.title(), Urls.relative(url, p.url())));
            }
        }
        var view = QuizViews.progress(site.content().quizzes(), site.content().exams(), notes, review, defaultPass,
                links::markdown, links.refLink(url), links.domainTitle(),
                id -> Urls.relative(url, Site.quizUrl(id)), id -> Urls.relative(url, Site.examUrl(id)));
        m.put(review ? "review" : "progress", view);
        m.put("reviewHref", Urls.relative(url, Site.REVIEW));
        return templates.render(review ? "review.ftlh" : "progress.ftlh", m);
    }

    private String pathsPage() {
        String url = Site.PATHS;
        Map<String, Object> m = page(url, "Study paths", "paths", "assets/js/progress.js");
        m.put("paths", QuizViews.paths(site.config().paths(), item -> itemLink(url, item), id -> site.content()
                .quizzes().stream().filter(q -> q.id().equals(id)).map(QuizViews::contentHash).findFirst().orElse("")));
        return templates.render("paths.ftlh", m);
    }

    private LinkView itemLink(String url, String item) {
        if (item.startsWith("quiz:")) {
            String id = item.substring(5);
            return site.content().quizzes().stream().filter(q -> q.id().equals(id)).findFirst()
                    .map(q -> new LinkView(Urls.relative(url, Site.quizUrl(id)), "Quiz: " + q.title())).orElse(null);
        }
        if (item.startsWith("exam:")) {
            String id = item.substring(5);
            return site.content().exams().stream().filter(e -> e.id().equals(id)).findFirst()
                    .map(e -> new LinkView(Urls.relative(url, Site.examUrl(id)), e.title())).orElse(null);
        }
        NotePage p = site.byNoteId().get(item);
        return p == null ? null : new LinkView(Urls.relative(url, p.url()), p.title());
    }

    private List<LinkView> examLinks(String url) {
        return site.content().exams().stream()
                .map(e -> new LinkView(Urls.relative(url, Site.examUrl(e.id())), e.title())).toList();
    }

    private Map<String, Object> page(String url, String title, String kind, String script) {
        Map<String, Object> m = context.base(url, title, null, kind, List.of(), STYLES,
                List.of("assets/js/site.js", script));
        m.put("toc", List.of());
        return m;
    }
}

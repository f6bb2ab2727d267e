package org.studysite.resolve;

import java.util.List;
import java.util.Map;
import org.studysite.model.Content;
import org.studysite.model.Quiz;
import org.studysite.model.SiteConfig;

/**
 * The resolved site: every page with its URL in reading order, the sidebar tree, and every link of every note
 * already checked and mapped to a site URL. The input of the render stage.
 *
 * @param exams     every exam with its pool and per-domain counts, in content order
 * @param links     noteId → destination as written → site URL (with #fragment) for internal links
 * @param textLinks the same for the Markdown text of quizzes and exams: quiz or exam file → destination → site URL
 * @param domainTitles domain id → its title, from the first exam that declares it (a domain no exam declares has
 *                     none: its id is shown)
 * @param quizById  every quiz by id, for the pages that name one (study paths, embeds)
 */
public record Site(Content content, List<NotePage> pages, Map<String, NotePage> byNoteId, List<NavNode> nav,
                   Map<String, Map<String, String>> links, Map<String, List<Quiz>> quizzesByNote,
                   List<ResolvedExam> exams, Map<String, Map<String, String>> textLinks,
                   Map<String, String> domainTitles, Map<String, Quiz> quizById, Map<String, Integer> pageIndexByUrl) {

    public Site(Content content, List<NotePage> pages, Map<String, NotePage> byNoteId, List<NavNode> nav,
                Map<String, Map<String, String>> links, Map<String, List<Quiz>> quizzesByNote,
                List<ResolvedExam> exams, Map<String, Map<String, String>> textLinks) {
        this(content, pages, byNoteId, nav, links, quizzesByNote, List.copyOf(exams), Map.copyOf(textLinks),
                domainTitles(content), quizById(content), indexByUrl(pages));
    }

    private static Map<String, String> domainTitles(Content content) {
        Map<String, String> titles = new java.util.HashMap<>();
        content.exams().forEach(e -> e.domains().forEach(d -> titles.putIfAbsent(d.id(), d.title())));
        return Map.copyOf(titles);
    }

    private static Map<String, Quiz> quizById(Content content) {
        Map<String, Quiz> byId = new java.util.HashMap<>();
        content.quizzes().forEach(q -> byId.putIfAbsent(q.id(), q));
        return Map.copyOf(byId);
    }

    /** A quiz's pass mark: its own, else the site's (the one place this default is applied). */
    public int passPercent(Quiz quiz) {
        return quiz.passPercent() != null ? quiz.passPercent() : content.config().passPercent();
    }

    /** A domain's title, or its id when no exam declares it. */
    public String domainTitle(String domainId) {
        return domainTitles.getOrDefault(domainId, domainId);
    }

    /** Prev/next look pages up by URL: a list search would make a 10,000-page build quadratic. */
    private static Map<String, Integer> indexByUrl(List<NotePage> pages) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            m.put(pages.get(i).url(), i);
        }
        return Map.copyOf(m);
    }

    public SiteConfig config() {
        return content.config();
    }

    public static String quizUrl(String quizId) {
        return "quizzes/" + quizId + ".html";
    }

    /** The flashcard page of a quiz that has cards. */
    public static String flashcardsUrl(String quizId) {
        return "flashcards/" + quizId + ".html";
    }

    public static String examUrl(String examId) {
        return "exams/" + examId + ".html";
    }

    public static final String QUIZ_INDEX = "quizzes/index.html";
    public static final String PROGRESS = "progress.html";
    public static final String REVIEW = "review.html";
    public static final String PATHS = "paths.html";

    /** The page before and after {@code page} in sidebar order, or null at either end. */
    public NotePage previous(NotePage page) {
        int i = pageIndexByUrl.getOrDefault(page.url(), -1);
        return i > 0 ? pages.get(i - 1) : null;
    }

    public NotePage next(NotePage page) {
        int i = pageIndexByUrl.getOrDefault(page.url(), -1);
        return i >= 0 && i < pages.size() - 1 ? pages.get(i + 1) : null;
    }
}

package org.studysite.resolve;

import java.util.List;
import java.util.Map;
import org.studysite.model.Content;
import org.studysite.model.Ref;
import org.studysite.model.StudyItem;
import org.studysite.model.SiteConfig;

/**
 * The resolved site: every page with its URL in reading order, the sidebar tree, and every link of every note
 * already checked and mapped to a site URL. The input of the render stage.
 *
 * @param quizzes   every quiz as resolved (pass mark, URLs, bands, domain titles), in content order
 * @param quizzesByNote note id → the quizzes that list it as related ("Test yourself" links)
 * @param exams     every exam with its pool and per-domain counts, in content order
 * @param links     noteId → destination as written → site URL (with #fragment) for internal links
 * @param textLinks the same for the Markdown text of quizzes and exams: quiz or exam file → destination → site URL
 * @param domainTitles domain id → its title, from the first exam that declares it (a domain no exam declares has
 *                     none: its id is shown)
 * @param progress  the progress dashboard's and review queue's totals by domain
 * @param paths     the study paths of site.yml, their days numbered
 * @param quizById  every quiz by id, for the pages that name one (study paths, embeds)
 * @param examById  every exam by id (study paths)
 */
public record Site(Content content, List<NotePage> pages, Map<String, NotePage> byNoteId, List<NavNode> nav,
                   Map<String, Map<String, String>> links, List<ResolvedQuiz> quizzes,
                   Map<String, List<ResolvedQuiz>> quizzesByNote, List<ResolvedExam> exams,
                   Map<String, Map<String, String>> textLinks, Map<String, String> domainTitles,
                   ProgressTotals progress, List<ResolvedPath> paths, Map<String, ResolvedQuiz> quizById, Map<String, ResolvedExam> examById,
                   Map<String, Integer> pageIndexByUrl) {

    public Site(Content content, List<NotePage> pages, Map<String, NotePage> byNoteId, List<NavNode> nav,
                Map<String, Map<String, String>> links, List<ResolvedQuiz> quizzes,
                Map<String, List<ResolvedQuiz>> quizzesByNote, List<ResolvedExam> exams,
                Map<String, Map<String, String>> textLinks, Map<String, String> domainTitles, ProgressTotals progress,
                List<ResolvedPath> paths) {
        this(content, pages, byNoteId, nav, links, List.copyOf(quizzes), Map.copyOf(quizzesByNote), List.copyOf(exams),
                Map.copyOf(textLinks), Map.copyOf(domainTitles), progress, List.copyOf(paths), firstById(quizzes, ResolvedQuiz::id),
                firstById(exams, e -> e.exam().id()), indexByUrl(pages));
    }

    /** Domain id → title from the first exam that declares it. */
    static Map<String, String> domainTitles(Content content) {
        Map<String, String> titles = new java.util.HashMap<>();
        content.exams().forEach(e -> e.domains().forEach(d -> titles.putIfAbsent(d.id(), d.title())));
        return Map.copyOf(titles);
    }

    private static <T> Map<String, T> firstById(List<T> values, java.util.function.Function<T, String> id) {
        Map<String, T> byId = new java.util.HashMap<>();
        values.forEach(v -> byId.putIfAbsent(id.apply(v), v));
        return Map.copyOf(byId);
    }

    /** Where a link goes (a page's site URL, and a section's anchor or null) and how it is labelled. */
    public record Target(String url, String anchor, String label) {
        public Target(String url, String label) {
            this(url, null, label);
        }
    }

    /**
     * A note reference's target: the note's page (and section), labelled "Note title › Section"; a reference to no
     * published note (already reported) goes to the home page under its text as written.
     */
    public Target target(Ref ref) {
        NotePage page = byNoteId.get(ref.noteId());
        if (page == null) {
            return new Target("index.html", ref.raw());
        }
        return new Target(page.url(), ref.anchor(), page.label(ref.anchor()));
    }

    /** A study path item's page and label ("Quiz: title" for a quiz), or null when it names nothing (reported). */
    public Target target(StudyItem item) {
        String id = item.id();
        return switch (item.kind()) {
            case QUIZ -> quizById.containsKey(id) ? new Target(quizById.get(id).url(), "Quiz: " + quizById.get(id).title()) : null;
            case EXAM -> examById.containsKey(id) ? new Target(examById.get(id).url(), examById.get(id).exam().title()) : null;
            case NOTE -> byNoteId.containsKey(id) ? new Target(byNoteId.get(id).url(), byNoteId.get(id).title()) : null;
        };
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

package org.studysite.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studysite.model.Note;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.QuizEmbed;
import org.studysite.model.Ref;
import org.studysite.model.SectionText;
import org.studysite.resolve.NavNode;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.ResolvedQuiz;
import org.studysite.resolve.Site;

/**
 * Fingerprints of what each output's rendering reads from a resolved site. Whatever a renderer in this package
 * reads must be named here too: the dev server's promise (served site = clean build) rests on it, and the
 * random-edit equivalence test checks it.
 *
 * <p>Every page shows the sidebar, the header's practice links and prev/next, so every fingerprint starts with
 * the site-wide part: config, sidebar tree, the page list in order (id, URL, title) and quiz/exam ids and titles.
 * A title, position, id or slug change therefore re-renders every page; a body edit only its own page (and the
 * quiz pages that show its section titles). Quiz text is fingerprinted with its resolved link table, so a note that
 * moves re-renders every page showing a quiz that links it.
 */
@SuppressWarnings("unchecked")
final class PageInputs {
    private final Site site;
    private final Digests digests;
    private final String global;
    /** practicePage by URL: an exam, progress or review page and its bank script read the same inputs. */
    private final Map<String, String> practice = new java.util.concurrent.ConcurrentHashMap<>();

    PageInputs(Site site, Digests digests) {
        this.site = site;
        this.digests = digests;
        this.global = digest(globalText(site));
    }

    private static String globalText(Site site) {
        StringBuilder sb = new StringBuilder(site.config().toString()).append('\n');
        appendNav(sb, site.nav());
        for (NotePage p : site.pages()) {
            sb.append('\n').append(p.note() == null ? "-" : p.note().id()).append('\u0000').append(p.url())
                    .append('\u0000').append(p.title());
        }
        // Whether a quiz has cards decides whether its flashcard page exists (the sitemap lists it).
        site.content().quizzes().forEach(q -> sb.append("\nq\u0000").append(q.id()).append('\u0000').append(q.title())
                .append('\u0000').append(!q.cards().isEmpty()));
        site.content().exams().forEach(e -> sb.append("\ne\u0000").append(e.id()).append('\u0000').append(e.title()));
        return sb.toString();
    }

    private static void appendNav(StringBuilder sb, List<NavNode> nodes) {
        sb.append('[');
        for (NavNode n : nodes) {
            sb.append(n.label()).append('\u0000').append(n.url()).append('\u0000').append(n.folder());
            if (!n.children().isEmpty()) {
                appendNav(sb, n.children());
            }
            sb.append('\u0001');
        }
        sb.append(']');
    }

    String notePage(NotePage page) {
        StringBuilder sb = new StringBuilder(global).append(page.url()).append('\u0000').append(page.title())
                .append('\u0000').append(page.generatedFolder());
        page.trail().forEach(n -> sb.append('\u0000').append(n.folder()).append('\u0000').append(n.label())
                .append('\u0000').append(n.url()));
        Note note = page.note();
        if (note != null) {
            sb.append("\nnote ").append(of(note));
            sb.append("\nlinks ").append(new TreeMap<>(site.links().getOrDefault(note.id(), Map.of())));
            site.quizzesByNote().getOrDefault(note.id(), List.of())
                    .forEach(q -> sb.append("\ntest ").append(q.id()).append('\u0000').append(q.title()));
            for (QuizEmbed e : note.outline().quizEmbeds()) {
                quizPart(sb, e.quizId());
            }
        }
        return digest(sb.toString());
    }

    /**
     * A quiz as shown anywhere: the quiz, section titles of the notes it refers to, exam domain titles. What resolve
     * derived from it (ResolvedQuiz) comes from these and the config, which the global part holds.
     */
    String quizPage(ResolvedQuiz quiz) {
        StringBuilder sb = new StringBuilder(global);
        quizPart(sb, quiz.id());
        return digest(sb.toString());
    }

    /** A quiz's flashcard page reads what its quiz page reads (the cards are part of the quiz). */
    String flashcardPage(ResolvedQuiz quiz) {
        StringBuilder sb = new StringBuilder(global).append("flashcards");
        quizPart(sb, quiz.id());
        return digest(sb.toString());
    }

    /**
     * The quiz index, exams, progress, review and study paths read every quiz and exam (exam pools and progress
     * totals are resolve's sums over them).
     */
    String practicePage(String url) {
        return practice.computeIfAbsent(url, this::practiceDigest); // a page and its bank ask for the same
    }

    private String practiceDigest(String url) {
        StringBuilder sb = new StringBuilder(global).append(url);
        site.content().quizzes().forEach(q -> quizPart(sb, q.id()));
        site.content().exams().forEach(e -> sb.append("\nexam ").append(of(e)).append(' ')
                .append(new TreeMap<>(site.textLinks().getOrDefault(e.sourcePath(), Map.of()))));
        return digest(sb.toString());
    }

    /** The A–Z pages: every page's title and URL and its section headings. */
    String allPages() {
        StringBuilder sb = new StringBuilder(global).append("all-pages");
        for (NotePage p : site.pages()) {
            sb.append('\n').append(p.url()).append('\u0000').append(p.title()).append('\u0000');
            if (p.note() != null) {
                sb.append(digests.of(p.note().outline().sections(), PageInputs::sectionHeadings));
            }
        }
        return digest(sb.toString());
    }

    private static String sectionHeadings(Object sections) {
        StringBuilder sb = new StringBuilder();
        for (SectionText s : (List<SectionText>) sections) {
            sb.append(s.heading()).append('\u0000').append(s.headingId()).append('\u0000').append(s.level()).append('\n');
        }
        return sb.toString();
    }

    /** The search index: every page (URL, title, its note's sections), every quiz and exam. */
    String search() {
        StringBuilder sb = new StringBuilder("search");
        for (NotePage p : site.pages()) {
            sb.append('\n').append(p.url()).append('\u0000').append(p.title()).append('\u0000')
                    .append(p.note() == null ? "-" : of(p.note()));
        }
        site.content().quizzes().forEach(q -> sb.append("\nq ").append(of(q)));
        site.content().exams().forEach(e -> sb.append("\ne ").append(of(e)));
        return digest(sb.toString());
    }

    /** 404.html, sitemap.xml, robots.txt: config and page list. */
    String siteFile(String path) {
        return digest(global + path);
    }

    private void quizPart(StringBuilder sb, String quizId) {
        ResolvedQuiz resolved = site.quizById().get(quizId);
        Quiz quiz = resolved == null ? null : resolved.quiz();
        sb.append("\nquiz ").append(quizId);
        if (quiz == null) {
            return;
        }
        sb.append(' ').append(of(quiz));
        // Its text's links as resolved: a moved note changes the hrefs on every page that shows the quiz.
        sb.append("\nlinks ").append(new TreeMap<>(site.textLinks().getOrDefault(quiz.sourcePath(), Map.of())));
        site.content().exams().forEach(e -> e.domains().forEach(d -> sb.append("\ndomain ").append(d)));
        List<Ref> refs = new ArrayList<>(quiz.related());
        quiz.questions().stream().map(Question::refs).forEach(refs::addAll);
        quiz.cards().stream().map(org.studysite.model.Card::refs).forEach(refs::addAll);
        for (Ref r : refs) {
            NotePage target = site.byNoteId().get(r.noteId());
            if (target != null && r.anchor() != null) {
                sb.append("\nref ").append(r.noteId()).append(' ').append(headingsOf(target.note()));
            }
        }
    }

    private String headingsOf(Note note) {
        return digests.of(note.outline().headings());
    }

    private String of(Object immutable) {
        return digests.id(immutable);
    }

    static String digest(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

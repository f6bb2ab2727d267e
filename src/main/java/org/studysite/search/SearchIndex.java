package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.model.Exam;
import org.studysite.model.Note;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.SectionText;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.search.internal.IndexBuilder;
import org.studysite.search.internal.IndexBuilder.Doc;

/**
 * The site's search index (search/ in the output), read by assets/js/search.js. Notes are indexed from the
 * section text the load stage kept from its one parse ({@link SectionText}); quizzes from their fields.
 */
public final class SearchIndex {
    private SearchIndex() {
    }

    /**
     * What one index keeps for the next of the same site (serve): the terms of each section as counted, so that a
     * save counts again only the sections it changed. Output is byte-identical to {@link #files(Site)}.
     */
    public static final class Memory {
        /**
         * What the memory may take: a sixteenth of the heap, 64 MB of serve's 1 GiB (a 1,000-note site's counts take
         * 19 MB, 10,000 notes' 187 MB).
         */
        private final IndexBuilder.Memo memo = IndexBuilder.Memo.kept(Runtime.getRuntime().maxMemory() / 16);
    }

    /** site-relative path → file bytes (UTF-8). */
    public static Map<String, byte[]> files(Site site) {
        return files(site, null);
    }

    /** As {@link #files(Site)}, reusing and refreshing memory (when not null). */
    public static Map<String, byte[]> files(Site site, Memory memory) {
        List<Doc> docs = new ArrayList<>();
        for (NotePage page : site.pages()) {
            notePage(page, docs);
        }
        for (Quiz quiz : site.content().quizzes()) {
            String url = Site.quizUrl(quiz.id());
            docs.add(new Doc('p', url, "Quiz: " + quiz.title(), "", 4, null, null, plain(quiz.description())));
            int n = 0;
            for (Question q : quiz.questions()) {
                StringBuilder body = new StringBuilder();
                for (Option o : q.options()) {
                    body.append(plain(o.text())).append(" · ");
                }
                body.append(plain(q.explanation()));
                q.options().stream().filter(o -> o.why() != null).forEach(o -> body.append(' ').append(plain(o.why())));
                docs.add(new Doc('q', url + "#q-" + q.id(), quiz.title(), "Question " + ++n + ": " + plain(q.prompt()),
                        1, plain(q.prompt()), null, body.toString()));
            }
        }
        for (Exam exam : site.content().exams()) {
            docs.add(new Doc('p', Site.examUrl(exam.id()), exam.title(), "Mock exam", 4, null, null,
                    plain(exam.description())));
        }
        Map<String, byte[]> files = new java.util.TreeMap<>();
        Map<String, byte[]> index = memory == null ? IndexBuilder.build(docs) : IndexBuilder.build(docs, memory.memo);
        index.forEach((path, text) -> files.put("search/" + path, text));
        return files;
    }

    private static void notePage(NotePage page, List<Doc> docs) {
        Note note = page.note();
        if (note == null) {
            docs.add(new Doc('n', page.url(), page.title(), "", 4, null, null, ""));
            return;
        }
        String h2 = null;
        boolean first = true;
        for (SectionText s : note.outline().sections()) {
            if (s.heading() == null) {
                docs.add(new Doc('n', page.url(), page.title(), "", 4, null, null, s.text()));
            } else {
                if (first) {
                    docs.add(new Doc('n', page.url(), page.title(), "", 4, null, null, ""));
                }
                String parent = s.level() == 3 ? h2 : null;
                if (s.level() <= 2) {
                    h2 = s.heading();
                }
                docs.add(new Doc('n', page.url() + "#" + s.headingId(), page.title(),
                        parent == null ? s.heading() : parent + " › " + s.heading(), 1, s.heading(), parent, s.text()));
            }
            first = false;
        }
        if (first) {
            docs.add(new Doc('n', page.url(), page.title(), "", 4, null, null, ""));
        }
    }

    /**
     * Quiz fields are short Markdown strings: their markup is dropped here (link targets, emphasis, code ticks)
     * rather than parsed, as only their words are indexed.
     */
    static String plain(org.studysite.model.MarkdownText text) {
        return plain(text == null ? null : text.markdown());
    }

    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*`#>|]+", " ")
                .replaceAll("\\s+", " ").strip();
    }
}

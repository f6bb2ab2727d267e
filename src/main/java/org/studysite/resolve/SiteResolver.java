package org.studysite.resolve;

import org.studysite.model.SourcePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.studysite.diag.Diagnostics;
import org.studysite.diag.DidYouMean;
import org.studysite.model.Content;
import org.studysite.model.FrontMatter;
import org.studysite.model.Note;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.QuizEmbed;
import org.studysite.model.Ref;
import org.studysite.model.StudyItem;

/**
 * The resolve stage: ids, URLs, the sidebar, prev/next, every link and cross reference. All problems are
 * collected into {@link Diagnostics}; the returned site is complete enough to render even when some links
 * were reported (the build decides whether to go on).
 */
public final class SiteResolver {
    private SiteResolver() {
    }

    public static Site resolve(Content content, ResolveOptions options, Diagnostics d) {
        return resolve(content, options, d, null);
    }

    /**
     * As {@link #resolve(Content, ResolveOptions, Diagnostics)}, reusing what {@code memo} kept from the last resolve
     * of the same folder (null: nothing): the same site and the same diagnostics, with less work after an edit.
     */
    public static Site resolve(Content content, ResolveOptions options, Diagnostics d, ResolveMemo memo) {
        Map<String, Note> published = PagePlacer.byId(content, d);
        NavBuilder.Result nav = NavBuilder.build(content, published);
        Map<String, NotePage> byNoteId = new LinkedHashMap<>();
        Set<String> folderPages = new HashSet<>(generatedPages(content));
        for (NotePage p : nav.pages()) {
            if (p.generated()) {
                folderPages.add(p.url());
            } else {
                byNoteId.put(p.note().id(), p);
            }
        }
        Map<String, String> urlByNoteId = new HashMap<>();
        byNoteId.forEach((id, p) -> urlByNoteId.put(id, p.url()));
        LinkChecker links = new LinkChecker(content, published, urlByNoteId, folderPages, options, memo);
        Map<String, Map<String, String>> linkTable = new ConcurrentHashMap<>();
        if (memo == null) {
            org.studysite.concurrent.Parallel.forEach(List.copyOf(published.values()), n -> linkTable.put(n.id(), links.check(n, d)));
        } else {
            memo.beginAnchors();
            memo.beginLinks(links.universe());
            org.studysite.concurrent.Parallel.forEach(List.copyOf(published.values()), n -> linkTable.put(n.id(), memo.links(n, () -> {
                Diagnostics own = new Diagnostics();
                Map<String, String> table = links.check(n, own);
                return new ResolveMemo.Links(table, own.sorted());
            }, d)));
        }
        Map<String, Map<String, String>> textLinks = new TreeMap<>();
        for (Quiz quiz : content.quizzes()) {
            textLinks.put(quiz.sourcePath(), links.check(quiz.sourcePath(), "this quiz file", linksOf(quiz.texts()), d));
        }
        for (var exam : content.exams()) {
            textLinks.put(exam.sourcePath(), links.check(exam.sourcePath(), "this exam file",
                    linksOf(java.util.stream.Stream.ofNullable(exam.description()).toList()), d));
        }
        Map<String, Set<String>> anchorsByNote = new TreeMap<>();
        published.values().forEach(n -> anchorsByNote.put(n.id(), links.anchorsOf(n)));
        checkEmbeds(content, published, d);
        checkPagination(published, d);
        checkStudyPaths(content, published, d);
        List<ResolvedExam> exams = content.exams().stream().map(e -> ResolvedExam.of(e, content.quizzes())).toList();
        boolean poolComplete = content.failedQuizFiles().isEmpty();
        if (memo == null) {
            QuizChecks.check(content.quizzes(), exams, anchorsByNote, d, poolComplete);
            BankQuality.check(content.quizzes(), d);
        } else {
            memo.quizChecks(List.of(new ResolveMemo.Same(content.quizzes()), new ResolveMemo.Same(content.exams()),
                    anchorsByNote, poolComplete), d, own -> QuizChecks.check(content.quizzes(), exams, anchorsByNote, own, poolComplete));
            memo.bankQuality(content.quizzes(), d, BankQuality::check);
        }
        List<NavNode> sidebar = new ArrayList<>(nav.nav());
        Map<String, String> domainTitles = Site.domainTitles(content);
        java.util.function.Function<String, String> titleOf = id -> domainTitles.getOrDefault(id, id);
        List<ResolvedQuiz> quizzes = content.quizzes().stream().map(q -> ResolvedQuiz.of(q,
                content.config().passPercent(), titleOf, Urls.edit(content.config(), q.sourcePath()))).toList();
        return new Site(content, nav.pages(), byNoteId, List.copyOf(sidebar), Map.copyOf(linkTable), quizzes,
                quizzesByNote(quizzes), exams, textLinks, domainTitles,
                ProgressTotals.of(content.quizzes(), content.exams(), titleOf),
                content.config().paths().stream().map(ResolvedPath::of).toList());
    }

    private static List<org.studysite.model.LinkRef> linksOf(List<org.studysite.model.MarkdownText> texts) {
        return texts.stream().flatMap(t -> t.links().stream()).toList();
    }

    /** Pages made from quizzes and exams rather than notes: notes may link to them like to any page. */
    private static Set<String> generatedPages(Content content) {
        Set<String> urls = new HashSet<>();
        content.quizzes().forEach(q -> urls.add(Site.quizUrl(q.id())));
        content.exams().forEach(e -> urls.add(Site.examUrl(e.id())));
        // A quiz or exam file that failed to load still has its page in the author's mind: a link to it is not a
        // second error (its id is taken as the file name, the default).
        for (String failed : content.failedQuizFiles()) {
            String stem = failed.substring(failed.lastIndexOf('/') + 1).replaceFirst("(?i)\\.json$", "");
            urls.add(Site.quizUrl(stem));
            urls.add(Site.examUrl(stem));
        }
        if (!content.quizzes().isEmpty() || !content.exams().isEmpty()) {
            urls.addAll(List.of(Site.QUIZ_INDEX, Site.PROGRESS, Site.REVIEW));
        }
        if (!content.config().paths().isEmpty()) {
            urls.add(Site.PATHS);
        }
        return urls;
    }

    /** "Test yourself" links: a quiz lists the notes it relates to; each of those notes links back. */
    private static Map<String, List<ResolvedQuiz>> quizzesByNote(List<ResolvedQuiz> quizzes) {
        Map<String, List<ResolvedQuiz>> out = new HashMap<>();
        for (ResolvedQuiz quiz : quizzes) {
            for (Ref r : quiz.quiz().related()) {
                List<ResolvedQuiz> list = out.computeIfAbsent(r.noteId(), k -> new ArrayList<>());
                if (!list.contains(quiz)) {
                    list.add(quiz);
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static void checkEmbeds(Content content, Map<String, Note> published, Diagnostics d) {
        Map<String, Quiz> quizzes = new HashMap<>();
        content.quizzes().forEach(q -> quizzes.put(q.id(), q));
        for (Note note : published.values()) {
            for (QuizEmbed e : note.outline().quizEmbeds()) {
                Quiz quiz = quizzes.get(e.quizId());
                var p = e.position();
                if (quiz == null && !content.mayBeFailedQuiz(e.quizId())) {
                    d.error(p, "embedded quiz `" + e.quizId() + "` does not exist",
                            DidYouMean.hint(e.quizId(), quizzes.keySet(), "quizzes"));
                } else if (quiz != null && e.questionId() != null
                        && quiz.questions().stream().map(Question::id).noneMatch(e.questionId()::equals)) {
                    d.error(p, "quiz `" + e.quizId() + "` has no question `"
                            + e.questionId() + "`", DidYouMean.hint(e.questionId(),
                            quiz.questions().stream().map(Question::id).toList(), "questions"));
                }
            }
        }
    }

    /** Every item of a study path must be a note id, quiz:ID or exam:ID that exists; reported at the item. */
    private static void checkStudyPaths(Content content, Map<String, Note> published, Diagnostics d) {
        Set<String> quizzes = new HashSet<>();
        content.quizzes().forEach(q -> quizzes.add(q.id()));
        Set<String> exams = new HashSet<>();
        content.exams().forEach(e -> exams.add(e.id()));
        for (var path : content.config().paths()) {
            for (var day : path.days()) {
                for (StudyItem item : day.items()) {
                    boolean ok = switch (item.kind()) {
                        case QUIZ -> quizzes.contains(item.id()) || content.mayBeFailedQuiz(item.id());
                        case EXAM -> exams.contains(item.id());
                        case NOTE -> published.containsKey(item.id());
                    };
                    if (!ok) {
                        d.error(item.position(), "study path `" + path.id() + "`, " + day.title() + ": `"
                                + item.written() + "` is not a note id, quiz:ID or exam:ID", switch (item.kind()) {
                                    case QUIZ -> DidYouMean.hint(item.id(), quizzes, "quizzes");
                                    case EXAM -> DidYouMean.hint(item.id(), exams, "exams");
                                    case NOTE -> DidYouMean.hint(item.id(), published.keySet(), "note ids");
                                });
                    }
                }
            }
        }
    }

    private static void checkPagination(Map<String, Note> published, Diagnostics d) {
        for (Note note : published.values()) {
            FrontMatter fm = note.frontMatter();
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("pagination_prev", fm.paginationPrev());
            targets.put("pagination_next", fm.paginationNext());
            targets.forEach((field, target) -> {
                if (target != null && !target.isBlank() && !published.containsKey(target)) {
                    d.error(fm.position(field, note.sourcePath()), "`" + field + "` target `" + target
                            + "` is not a note id", DidYouMean.hint(target, published.keySet(), "note ids"));
                }
            });
        }
    }
}

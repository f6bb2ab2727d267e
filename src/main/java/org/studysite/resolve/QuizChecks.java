package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Card;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.SourcePosition;

/**
 * Checks quizzes and exams against each other and against the notes: what no single file can show.
 * Problems inside one file are the loaders' job and are not repeated here.
 */
public final class QuizChecks {
    private QuizChecks() {
    }

    /** @param anchorsByNoteId every note id with the heading anchors of that note */
    public static void check(List<Quiz> quizzes, List<Exam> exams, Map<String, Set<String>> anchorsByNoteId,
                             Diagnostics d) {
        check(quizzes, exams.stream().map(e -> ResolvedExam.of(e, quizzes)).toList(), anchorsByNoteId, d, true);
    }

    /**
     * @param poolComplete false when some quiz file failed to load: exam pool sizes and pool quizzes are then not
     *                     checked, since the missing questions are a consequence of the error already reported
     */
    public static void check(List<Quiz> quizzes, List<ResolvedExam> resolvedExams,
                             Map<String, Set<String>> anchorsByNoteId, Diagnostics d, boolean poolComplete) {
        List<Exam> exams = resolvedExams.stream().map(ResolvedExam::exam).toList();
        // Sorted by file so "the first one" and thus which place gets the error do not depend on load order.
        List<Quiz> sorted = quizzes.stream().sorted(Comparator.comparing(Quiz::sourcePath)).toList();
        duplicateIds(sorted, d);
        duplicatePrompts(sorted, d);
        unknownDomains(sorted, exams, d);
        RefCheck refs = new RefCheck(anchorsByNoteId, d);
        for (Quiz quiz : sorted) {
            quiz.related().forEach(refs::check);
            quiz.questions().forEach(q -> q.refs().forEach(refs::check));
            quiz.cards().forEach(c -> c.refs().forEach(refs::check));
        }
        ExamChecks examChecks = new ExamChecks(sorted, d, poolComplete);
        for (ResolvedExam exam : resolvedExams) {
            exam.exam().domains().forEach(domain -> domain.notes().forEach(refs::check));
            examChecks.check(exam);
        }
    }

    /**
     * Within one file the loader already reported it; here only ids shared by two files. Questions and cards share
     * the namespace, as the store keeps both under their id.
     */
    private static void duplicateIds(List<Quiz> quizzes, Diagnostics d) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Quiz quiz : quizzes) {
            for (Question q : quiz.questions()) {
                duplicateId(seen, "question", q.id(), q.position(), d);
            }
            for (Card c : quiz.cards()) {
                duplicateId(seen, "card", c.id(), c.position(), d);
            }
        }
    }

    private static void duplicateId(Map<String, SourcePosition> seen, String what, String id, SourcePosition at,
                                    Diagnostics d) {
        SourcePosition first = seen.putIfAbsent(id, at);
        if (first != null && !first.file().equals(at.file())) {
            error(d, at, what + " id `" + id + "` is also used at " + where(first),
                    "question and card ids must be unique across the site; rename one");
        }
    }

    private static void duplicatePrompts(List<Quiz> quizzes, Diagnostics d) {
        Map<String, Question> seen = new HashMap<>();
        for (Quiz quiz : quizzes) {
            for (Question q : quiz.questions()) {
                Question first = seen.putIfAbsent(normalize(q.prompt().markdown()), q);
                if (first != null) {
                    SourcePosition at = q.position();
                    d.warning(at, "question `" + q.id() + "` has the same prompt as `"
                            + first.id() + "` at " + where(first.position()), "merge the two or reword one");
                }
            }
        }
    }

    /**
     * A question's domain must be declared by some exam. With no exam files at all, domains are free text (a site
     * may use them just to group questions) and are not checked. Reported once per quiz and unknown domain, at the
     * `domain` member of the first question using it (the quiz's own when inherited), since a quiz-level "domain" is inherited by all its questions.
     */
    private static void unknownDomains(List<Quiz> quizzes, List<Exam> exams, Diagnostics d) {
        if (exams.isEmpty()) {
            return;
        }
        Set<String> declared = new TreeSet<>();
        exams.forEach(e -> e.domains().stream().map(Domain::id).forEach(declared::add));
        for (Quiz quiz : quizzes) {
            Map<String, List<SourcePosition>> unknown = new LinkedHashMap<>();
            quiz.questions().stream().filter(q -> q.domain() != null && !declared.contains(q.domain()))
                    .forEach(q -> unknown.computeIfAbsent(q.domain(), k -> new ArrayList<>()).add(q.domainPosition()));
            // Cards inherit the quiz's domain too; one report per domain, at the first place it is written.
            quiz.cards().stream().filter(c -> c.domain() != null && !declared.contains(c.domain()))
                    .forEach(c -> unknown.computeIfAbsent(c.domain(), k -> new ArrayList<>()).add(c.domainPosition()));
            unknown.forEach((domain, at) -> error(d, at.stream().min(POSITION_ORDER).orElseThrow(), "domain `" + domain
                    + "` is not declared by any exam (used by " + uses(quiz, domain) + " in this file)",
                    DidYouMean.hint(domain, declared, "declared domains")));
        }
    }

    private static final Comparator<SourcePosition> POSITION_ORDER =
            Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    /** "3 questions", "1 card", "2 questions and 1 card". */
    private static String uses(Quiz quiz, String domain) {
        long q = quiz.questions().stream().filter(x -> domain.equals(x.domain())).count();
        long c = quiz.cards().stream().filter(x -> domain.equals(x.domain())).count();
        String qs = q + " question" + (q == 1 ? "" : "s");
        String cs = c + " card" + (c == 1 ? "" : "s");
        return q == 0 ? cs : c == 0 ? qs : qs + " and " + cs;
    }

    /** Compiled once: every prompt of the site is normalized on every resolve (each edit, under serve). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalize(String prompt) {
        return SPACES.matcher(prompt.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String where(SourcePosition p) {
        return p.file() + ":" + p.line() + ":" + p.column();
    }

    private static void error(Diagnostics d, SourcePosition at, String message, String hint) {
        d.error(at, message, hint);
    }
}

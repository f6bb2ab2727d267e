package org.studysite.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Quiz;
import org.studysite.model.SourcePosition;

/** The checks of one exam against the quizzes: weights, domain ids, its pool and whether the pool is big enough. */
final class ExamChecks {
    private final List<Quiz> quizzes;
    private final Diagnostics d;

    private final boolean poolComplete;

    ExamChecks(List<Quiz> quizzes, Diagnostics d, boolean poolComplete) {
        this.quizzes = quizzes;
        this.d = d;
        this.poolComplete = poolComplete;
    }

    void check(ResolvedExam resolved) {
        Exam exam = resolved.exam();
        weights(exam);
        duplicateDomains(exam);
        if (poolComplete) {
            poolQuizzes(exam);
            poolSize(resolved);
        }
    }

    private void weights(Exam exam) {
        int sum = exam.domains().stream().mapToInt(Domain::weight).sum();
        if (sum != 100 && !exam.domains().isEmpty()) {
            String parts = exam.domains().stream().map(x -> x.id() + " " + x.weight()).collect(Collectors.joining(" + "));
            error(exam.locations().domains(), "domain weights add up to " + sum + ", not 100 (" + parts + ")",
                    "weights are percentages of the questions drawn; make them sum to 100");
        }
    }

    private void duplicateDomains(Exam exam) {
        Map<String, Domain> seen = new HashMap<>();
        for (Domain domain : exam.domains()) {
            Domain first = seen.putIfAbsent(domain.id(), domain);
            if (first != null) {
                error(domain.position(), "domain id `" + domain.id() + "` is declared twice in this exam (also at line "
                        + first.position().line() + ")", "give each domain its own id");
            }
        }
    }

    private void poolQuizzes(Exam exam) {
        Set<String> ids = quizzes.stream().map(Quiz::id).collect(Collectors.toSet());
        for (int i = 0; i < exam.poolQuizzes().size(); i++) {
            String id = exam.poolQuizzes().get(i);
            if (!ids.contains(id)) {
                error(exam.locations().poolQuiz(i, exam.sourcePath()), "`pool.quizzes` names quiz `" + id
                        + "`, which does not exist", DidYouMean.hint(id, ids, "quiz ids"));
            }
        }
    }

    private void poolSize(ResolvedExam resolved) {
        Exam exam = resolved.exam();
        int total = resolved.pool().values().stream().mapToInt(List::size).sum();
        for (Domain domain : exam.domains()) {
            int need = resolved.allocated().getOrDefault(domain.id(), 0);
            int have = resolved.pool(domain.id()).size();
            if (have < need) {
                error(domain.position(), "domain `" + domain.id() + "` needs " + need + " questions per attempt but the"
                        + " pool has " + have, "add " + (need - have) + " questions with \"domain\": \"" + domain.id()
                        + "\"");
            }
        }
        if (exam.questionCount() > total) {
            error(exam.locations().questions(), "the exam draws " + exam.questionCount()
                    + " questions per attempt but its pool has only " + total,
                    "lower \"questions\" or add questions to the pool");
        }
    }

    private void error(SourcePosition at, String message, String hint) {
        d.error(at, message, hint);
    }
}

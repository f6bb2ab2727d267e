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
import org.studysite.model.Question;
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

    void check(Exam exam) {
        weights(exam);
        duplicateDomains(exam);
        if (poolComplete) {
            poolQuizzes(exam);
            poolSize(exam);
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

    private void poolSize(Exam exam) {
        Map<String, Integer> available = poolCounts(exam);
        Map<String, Integer> needed = ExamDraw.allocate(exam.domains(), exam.questionCount());
        int total = available.values().stream().mapToInt(Integer::intValue).sum();
        for (Domain domain : exam.domains()) {
            int need = needed.getOrDefault(domain.id(), 0);
            int have = available.getOrDefault(domain.id(), 0);
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

    /**
     * Questions per domain in the exam's pool: questions whose domain is one of the exam's, restricted to the
     * pool's quizzes if it lists any, and to questions carrying at least one of the pool's tags if it lists any.
     */
    Map<String, Integer> poolCounts(Exam exam) {
        Set<String> domainIds = exam.domains().stream().map(Domain::id).collect(Collectors.toSet());
        Set<String> tags = Set.copyOf(exam.poolTags());
        Map<String, Integer> counts = new HashMap<>();
        for (Quiz quiz : quizzes) {
            if (!exam.poolQuizzes().isEmpty() && !exam.poolQuizzes().contains(quiz.id())) {
                continue;
            }
            for (Question q : quiz.questions()) {
                boolean tagged = tags.isEmpty() || q.tags().stream().anyMatch(tags::contains);
                if (q.domain() != null && domainIds.contains(q.domain()) && tagged) {
                    counts.merge(q.domain(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private void error(SourcePosition at, String message, String hint) {
        d.error(at, message, hint);
    }
}

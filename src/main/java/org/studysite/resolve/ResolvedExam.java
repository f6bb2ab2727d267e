package org.studysite.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Question;
import org.studysite.model.Quiz;

/**
 * A mock exam with what its checks and its page both need, computed once: the pool by domain id and the questions
 * per attempt of each domain ({@link ExamDraw#allocate}). Render maps it to views and never recomputes either.
 *
 * @param pool      domain id → the pool's questions of that domain: quizzes in site order, questions in file order
 * @param allocated domain id → questions an attempt draws, in declaration order (may exceed a too-small pool)
 */
public record ResolvedExam(Exam exam, Map<String, List<PoolQuestion>> pool, Map<String, Integer> allocated) {

    /** A question of an exam's pool with the quiz it comes from. */
    public record PoolQuestion(Quiz quiz, Question question) {
    }

    /**
     * The pool is every question whose domain is one of the exam's, restricted to the pool's quizzes if it lists
     * any, and to questions carrying at least one of the pool's tags if it lists any.
     */
    public static ResolvedExam of(Exam exam, List<Quiz> quizzes) {
        Map<String, List<PoolQuestion>> byDomain = new LinkedHashMap<>();
        Set<String> domainIds = Set.copyOf(exam.domains().stream().map(Domain::id).toList());
        for (Quiz quiz : quizzes) {
            if (!exam.poolQuizzes().isEmpty() && !exam.poolQuizzes().contains(quiz.id())) {
                continue;
            }
            for (Question q : quiz.questions()) {
                boolean tagged = exam.poolTags().isEmpty() || q.tags().stream().anyMatch(exam.poolTags()::contains);
                if (q.domain() != null && domainIds.contains(q.domain()) && tagged) {
                    byDomain.computeIfAbsent(q.domain(), k -> new ArrayList<>()).add(new PoolQuestion(quiz, q));
                }
            }
        }
        byDomain.replaceAll((k, v) -> List.copyOf(v));
        return new ResolvedExam(exam, byDomain, ExamDraw.allocate(exam.domains(), exam.questionCount()));
    }

    /** Its page, {@code exams/ID.html} (its bank beside it). */
    public String url() {
        return Site.examUrl(exam.id());
    }

    /** Questions an attempt draws: what each domain draws, summed. */
    public int questionCount() {
        return exam.domains().stream().mapToInt(d -> drawn(d.id())).sum();
    }

    /** How a multi-select question scores: the exam's setting, else all-or-nothing. */
    public String multiSelectScoring() {
        return exam.multiSelectScoring() == null ? "all-or-nothing" : exam.multiSelectScoring();
    }

    /** The pool's questions of one domain (empty when it has none). */
    public List<PoolQuestion> pool(String domainId) {
        return pool.getOrDefault(domainId, List.of());
    }

    /** Questions an attempt draws from one domain: its allocation, capped by what the pool has. */
    public int drawn(String domainId) {
        return Math.min(allocated.getOrDefault(domainId, 0), pool(domainId).size());
    }
}

package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.SourcePosition;

/** The exam pool and per-domain counts are computed once, in resolve; checks and pages read the same values. */
class ResolvedExamTest {
    private static final SourcePosition AT = SourcePosition.start("exams/e.json");

    private static Question q(String id, String domain, String... tags) {
        return new Question(id, new org.studysite.model.MarkdownText("Prompt " + id, "q/x.json", null, List.of()), List.of(), List.of(0), false, false, null, domain, List.of(tags),
                null, List.of(), AT);
    }

    private static Quiz quiz(String id, Question... qs) {
        return new Quiz(id, id, null, null, List.of(), List.of(), false, false, null, List.of(qs), "q/" + id + ".json", "h");
    }

    private static Exam exam(int count, List<String> poolQuizzes, List<String> poolTags) {
        return new Exam("e", "E", null, count, 10, 70, List.of(new Domain("a", "A", 60, List.of(), AT),
                new Domain("b", "B", 40, List.of(), AT)), poolQuizzes, poolTags, "partial", "exams/e.json");
    }

    @Test
    void poolFollowsQuizzesAndTagsAndDrawnIsCappedByThePool() {
        List<Quiz> quizzes = List.of(quiz("one", q("1", "a", "x"), q("2", "a"), q("3", "b", "x"), q("4", "other", "x")),
                quiz("two", q("5", "a", "x")));
        ResolvedExam all = ResolvedExam.of(exam(10, List.of(), List.of()), quizzes);
        assertEquals(List.of("1", "2", "5"), all.pool("a").stream().map(p -> p.question().id()).toList());
        assertEquals(Map.of("a", 6, "b", 4), all.allocated());
        assertEquals(3, all.drawn("a"), "6 allocated, 3 in the pool");
        assertEquals(1, all.drawn("b"));

        ResolvedExam narrowed = ResolvedExam.of(exam(5, List.of("one"), List.of("x")), quizzes);
        assertEquals(List.of("1"), narrowed.pool("a").stream().map(p -> p.question().id()).toList());
        assertEquals(List.of("3"), narrowed.pool("b").stream().map(p -> p.question().id()).toList());
        assertEquals(List.of(), narrowed.pool("other"));
    }
}

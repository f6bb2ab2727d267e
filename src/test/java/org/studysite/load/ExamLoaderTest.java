package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studysite.load.QuizFixtures.assertReported;
import static org.studysite.load.QuizFixtures.formatted;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.SourcePosition;

class ExamLoaderTest {

    @Test
    void validExamBecomesTheModel() {
        Diagnostics d = new Diagnostics();
        Exam exam = QuizFixtures.exam("exams/valid-exam.json", d);
        assertEquals(List.of(), formatted(d));
        assertEquals("mls-c01", exam.id());
        assertEquals(45, exam.questionCount());
        assertEquals(90, exam.minutes());
        assertEquals(75, exam.passPercent());
        assertEquals(List.of(18, 27, 22, 18, 15), exam.domains().stream().map(Domain::weight).toList());
        assertEquals("security", exam.domains().get(4).title(), "title defaults to the id");
        assertEquals(new SourcePosition("exams/valid-exam.json", 10, 5), exam.domains().get(0).position());
        assertEquals("ingest", exam.domains().get(0).notes().get(0).anchor());
        assertEquals(List.of("iam-basics"), exam.poolQuizzes());
        assertEquals(List.of("exam"), exam.poolTags());
        assertEquals("partial", exam.multiSelectScoring());
        assertEquals(new SourcePosition("exams/valid-exam.json", 6, 16), exam.locations().questions());
        assertEquals(new SourcePosition("exams/valid-exam.json", 9, 14), exam.locations().domains());
        assertEquals(List.of(new SourcePosition("exams/valid-exam.json", 16, 24)), exam.locations().poolQuizzes());
    }

    @Test
    void defaults() {
        Diagnostics d = new Diagnostics();
        Exam exam = ExamLoader.load("exams/x.json", """
                {"title": "t", "questions": 1, "minutes": 1, "domains": [{"id": "a", "weight": 100}]}""", d)
                .orElseThrow();
        assertEquals("x", exam.id());
        assertEquals(70, exam.passPercent());
        assertEquals("all-or-nothing", exam.multiSelectScoring());
        assertEquals(List.of(), exam.poolQuizzes());
    }

    @Test
    void everyProblemOfAnExamFileIsReported() {
        Diagnostics d = new Diagnostics();
        Optional<Exam> exam = ExamLoader.load("exams/invalid-exam.json", QuizFixtures.text("exams/invalid-exam.json"), d);
        assertTrue(exam.isEmpty());
        assertReported(d, "exams/invalid-exam.json:1:1: error: exam is missing `minutes`");
        assertReported(d, "exams/invalid-exam.json:3:16: error: `questions` must be 1 or more, not 0");
        assertReported(d, "exams/invalid-exam.json:4:3: error: unknown field `minute` in exam — did you mean `minutes`?");
        assertReported(d, "exams/invalid-exam.json:5:18: error: `passPercent` must be from 0 to 100, not 101");
        assertReported(d, "exams/invalid-exam.json:7:5: error: domain is missing `weight`");
        assertReported(d, "exams/invalid-exam.json:7:20: error: unknown field `wieght` in domain — did you mean `weight`?");
        assertReported(d, "exams/invalid-exam.json:8:29: error: `weight` must be a whole number from 0 to 100, not a string");
        assertReported(d, "exams/invalid-exam.json:10:23: error: `quizzes` must be a list");
        assertReported(d, "exams/invalid-exam.json:11:25: error: `multiSelectScoring` must be \"all-or-nothing\" or"
                + " \"partial\", not \"parital\" — did you mean `partial`?");
        assertEquals(9, d.errorCount());
    }
}

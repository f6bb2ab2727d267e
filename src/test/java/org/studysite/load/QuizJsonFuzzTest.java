package org.studysite.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.studysite.diag.Diagnostics;
import org.studysite.testing.FuzzChecks;

/**
 * Fuzz targets: a quiz file and an exam file through their JSON loaders. Nothing throws; every diagnostic points
 * inside the file (the depth limit, a truncated document, a member of the wrong type: all at their line:col).
 */
class QuizJsonFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void quiz(byte[] input) {
        String text = FuzzChecks.text(input);
        Diagnostics d = new Diagnostics();
        QuizLoader.load("quizzes/q.json", text, d);
        FuzzChecks.positionsInRange(d.sorted(), Map.of("quizzes/q.json", text));
    }

    @FuzzTest(maxDuration = "3m")
    void exam(byte[] input) {
        String text = FuzzChecks.text(input);
        Diagnostics d = new Diagnostics();
        ExamLoader.load("exams/e.json", text, d);
        FuzzChecks.positionsInRange(d.sorted(), Map.of("exams/e.json", text));
    }
}

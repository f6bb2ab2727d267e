package org.studysite.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.studysite.diag.Diagnostics;
import org.studysite.load.QuizLoader;
import org.studysite.testing.FuzzChecks;

/**
 * Fuzz target: a Markdown quiz page through the importer. Nothing throws; every diagnostic points inside the page;
 * every quiz it writes loads again without throwing, its own diagnostics inside the written JSON.
 */
class ImporterFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void importMarkdown(byte[] input) {
        String text = FuzzChecks.text(input);
        ImportResult result = MarkdownQuizImporter.importMarkdown(text, "page.md", ImportOptions.DEFAULTS);
        FuzzChecks.positionsInRange(result.diagnostics(), Map.of("page.md", text));
        for (ImportedQuiz quiz : result.quizzes()) {
            String json = QuizJsonWriter.toJson(quiz);
            Diagnostics d = new Diagnostics();
            QuizLoader.load("quizzes/imported.json", json, d);
            FuzzChecks.positionsInRange(d.sorted(), Map.of("quizzes/imported.json", json));
        }
    }
}

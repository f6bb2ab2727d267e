package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Exam;
import org.studysite.model.Quiz;

/** Test fixtures under src/test/resources/quizzes/, loaded with paths relative to that folder. */
public final class QuizFixtures {
    private QuizFixtures() {
    }

    public static Path root() {
        try {
            return Path.of(QuizFixtures.class.getResource("/quizzes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String relPath) {
        try {
            return Files.readString(root().resolve(relPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Quiz quiz(String relPath, Diagnostics d) {
        return quizIn("", relPath, d);
    }

    public static Exam exam(String relPath, Diagnostics d) {
        return examIn("", relPath, d);
    }

    /** A quiz under folder (a stand-in content folder), named by its path inside that folder. */
    public static Quiz quizIn(String folder, String relPath, Diagnostics d) {
        return QuizLoader.load(relPath, text(folder + relPath), d).orElseThrow(() -> new AssertionError(formatted(d)));
    }

    public static Exam examIn(String folder, String relPath, Diagnostics d) {
        return ExamLoader.load(relPath, text(folder + relPath), d).orElseThrow(() -> new AssertionError(formatted(d)));
    }

    public static List<String> formatted(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    /** Some diagnostic starts with the expected text (file:line:col: severity: message, hint optional). */
    public static void assertReported(Diagnostics d, String expectedStart) {
        List<String> all = formatted(d);
        assertTrue(all.stream().anyMatch(s -> s.startsWith(expectedStart)),
                () -> "expected a diagnostic starting with\n  " + expectedStart + "\nbut got\n  "
                        + String.join("\n  ", all));
    }
}

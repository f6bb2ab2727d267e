package org.studysite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.cli.Main;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.load.QuizLoader;
import org.studysite.model.Quiz;

/** What `import` writes is a quiz the build accepts: loaded by QuizLoader with no error. */
class ImportedQuizIsValidTest {
    @TempDir
    Path out;

    static Stream<String> pages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/import"))) {
            return files.map(p -> p.getFileName().toString()).filter(ImportGoldenTest::isPage).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void importedFilesLoadWithoutErrors(String page) throws Exception {
        Main.execute("import", "src/test/resources/import/" + page, "--out", out.toString());
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(!written.isEmpty() || page.contains("missing") || page.contains("errors"), "nothing written for " + page);
        for (Path json : written) {
            Diagnostics d = new Diagnostics();
            Quiz quiz = QuizLoader.load(json.getFileName().toString(), Files.readString(json), d).orElse(null);
            List<String> errors = d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
            assertEquals(List.of(), errors, json.toString());
            assertTrue(quiz != null && !quiz.questions().isEmpty());
        }
    }
}

package org.studysite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.cli.Main;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.load.QuizLoader;

/**
 * Certification question pages from public repositories (see realworld/quizzes/README.txt), imported as they
 * are: every question found, every answer as the page gives it (checked against the page by hand), prompts and
 * explanations free of the page's furniture, and files the build accepts.
 */
class RealWorldImportTest {
    private static final Path PAGES = Path.of("src/test/resources/realworld/quizzes");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "az900-mcqs.md; 3; 41; B C C C B C C B B D C B C C D B C B|B C B C C C D D B C B C B C B C D C C C|C B C",
            "clf-c02-practice-exam-1.md; 1; 20; D D B B+E A B C A+E B D C B C A+E B D C B+C D A+C",
            "ditectrev-saa-c03.md; 1; 37; C D B A+D C+E A A C A A C D D B A D A+D C B A A D A C A D C B A D C C A B A A A"})
    void recoversEveryQuestionAndAnswer(String page, int quizzes, int questions, String answers) throws Exception {
        ImportResult r = MarkdownQuizImporter.importMarkdown(Files.readString(PAGES.resolve(page)), page,
                ImportOptions.DEFAULTS);
        assertEquals(quizzes, r.quizzes().size());
        assertEquals(questions, r.questionsFound());
        assertEquals(questions, r.questionsImported());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(answers, r.quizzes().stream().map(q -> q.questions().stream()
                .map(x -> String.join("+", x.answer())).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("|")));
        for (ImportedQuiz quiz : r.quizzes()) {
            for (ImportedQuestion q : quiz.questions()) {
                assertFalse(q.prompt().isBlank() || q.prompt().startsWith("[domain:"), q.prompt());
                assertFalse(q.explanation().contains("Back to Top") || q.explanation().startsWith(">"),
                        q.explanation());
                assertTrue(q.options().size() >= 2 && q.options().stream().noneMatch(String::isBlank), q::toString);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"az900-mcqs.md", "clf-c02-practice-exam-1.md", "ditectrev-saa-c03.md"})
    void writesQuizFilesTheBuildAccepts(String page) throws Exception {
        assertEquals(0, Main.execute("import", PAGES.resolve(page).toString(), "--out", out.toString()));
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(written.isEmpty());
        for (Path json : written) {
            Diagnostics d = new Diagnostics();
            assertTrue(QuizLoader.load(json.getFileName().toString(), Files.readString(json), d).isPresent());
            assertEquals(List.of(), d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
        }
    }
}

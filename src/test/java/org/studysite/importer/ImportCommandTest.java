package org.studysite.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.cli.ImportCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code studysite import} through picocli, as a user runs it. */
class ImportCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path page(String name) throws IOException {
        Path copy = tmp.resolve(name);
        Files.copy(ImportGoldenTest.PAGES.resolve(name), copy);
        return copy;
    }

    private List<String> written(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void seedPageWritesOneQuizAndExitsZero() throws IOException {
        Path dir = tmp.resolve("quizzes");
        int exit = run(page("seed-study-page.md").toString(), "--out", dir.toString());
        assertEquals(0, exit, err.toString());
        assertEquals(List.of("quiz-experimentation--data-management.json"), written(dir));
        assertEquals("wrote " + dir.resolve("quiz-experimentation--data-management.json") + " (10 questions)\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", err.toString());
        String json = Files.readString(dir.resolve("quiz-experimentation--data-management.json"));
        assertEquals(Files.readString(ImportGoldenTest.PAGES.resolve(
                "golden/seed-study-page/quiz-experimentation--data-management.json")), json);
    }

    @Test
    void twoSectionsWriteTwoFilesWithPrefixAndDomain() throws IOException {
        Path dir = tmp.resolve("out");
        int exit = run(page("two-quizzes.md").toString(), "--out", dir.toString(), "--id-prefix", "de-",
                "--domain", "spark");
        assertEquals(0, exit, err.toString());
        assertEquals(List.of("de-quiz-delta-lake.json", "de-quiz-spark-basics.json"), written(dir));
        String json = Files.readString(dir.resolve("de-quiz-spark-basics.json"));
        assertTrue(json.contains("\"id\": \"de-quiz-spark-basics-q1\""), json);
        assertTrue(json.contains("\"domain\": \"spark\""), json);
        assertTrue(out.toString().contains("de-quiz-delta-lake.json (2 questions)"), out.toString());
    }

    @Test
    void unpairedQuestionWarnsWithPositionAndExitsOne() throws IOException {
        Path md = page("missing-answer.md");
        Path dir = tmp.resolve("out");
        int exit = run(md.toString(), "--out", dir.toString());
        assertEquals(1, exit);
        assertEquals(List.of("quiz-probability.json"), written(dir), "what was recovered is still written");
        assertTrue(out.toString().contains("(2 questions)"), out.toString());
        assertEquals(md + ":12:1: warning: question 2 has no answer — add \"**Answer: B**\" under it or in the "
                + "Answers section\n", err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quizWithNothingRecoveredIsNotWritten() throws IOException {
        Path md = tmp.resolve("unanswered.md");
        Files.writeString(md, "## Quiz\n\n1. **Which?**\n   A) one\n   B) two\n");
        Path dir = tmp.resolve("out");
        assertEquals(1, run(md.toString(), "--out", dir.toString()));
        assertTrue(!Files.exists(dir.resolve("quiz.json")));
        assertTrue(err.toString().contains(md + ":3:1: warning: question 1 has no answer"), err.toString());
    }

    @Test
    void missingFileIsAUsageError() {
        assertEquals(2, run(tmp.resolve("nope.md").toString()));
        assertTrue(err.toString().contains("nope.md: error: no such file"), err.toString());
    }

    @Test
    void aPageThatIsNotUtf8SaysSo() throws IOException {
        Path md = tmp.resolve("latin1.md");
        Files.write(md, "1. Caf\u00e9?\n   A) x\n   B) y\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(1, run(md.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(err.toString().contains("latin1.md: error: the file is not UTF-8 text"), err.toString());
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void pageWithoutQuestionsExitsOne() throws IOException {
        Path md = tmp.resolve("notes.md");
        Files.writeString(md, "# Notes\n\nJust prose.\n\n1. a step\n2. another step\n");
        assertEquals(1, run(md.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(err.toString().contains("no quiz questions found"), err.toString());
    }

    @Test
    void defaultOutputIsTheCurrentFolder() throws IOException {
        // Only checks the option default: writing into the real working directory would litter the repo.
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.parseArgs("x.md");
        assertEquals(Path.of("."), cli.getCommandSpec().findOption("--out").getValue());
    }

    @Test
    void folderImportsEveryPageWithOneReport() throws IOException {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(ImportGoldenTest.PAGES.resolve("missing-answer.md"), dir.resolve("a.md"));
        Files.copy(ImportGoldenTest.PAGES.resolve("missing-answer.md"), dir.resolve("sub/b.md"));
        Files.writeString(dir.resolve("sub/prose.md"), "# Notes\n\nNo questions here.\n");
        Path outDir = tmp.resolve("out");
        int exit = run(dir.toString(), "--out", outDir.toString());
        assertEquals(1, exit, "one question of each page has no answer");
        // Both pages have a "Quiz: Probability" section: the second file gets its own id instead of overwriting.
        assertEquals(List.of("quiz-probability-2.json", "quiz-probability.json"), written(outDir));
        String report = out.toString().replace(System.lineSeparator(), "\n");
        String a = dir.resolve("a.md").toString();
        String b = dir.resolve("sub/b.md").toString();
        assertTrue(report.matches("(?s).*file +found +answered +unpaired\n" + java.util.regex.Pattern.quote(a)
                + " +3 +2 +1\n" + java.util.regex.Pattern.quote(b) + " +3 +2 +1\ntotal +6 +4 +2\n"), report);
        assertTrue(err.toString().contains(a + ":12:1: warning: question 2 has no answer"), err.toString());
        assertTrue(err.toString().contains(b + ":12:1: warning: question 2 has no answer"), err.toString());
        assertTrue(Files.readString(outDir.resolve("quiz-probability-2.json")).contains("\"quiz-probability-2-q1\""));
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        Path outDir = tmp.resolve("out");
        int exit = run(page("seed-study-page.md").toString(), "--out", outDir.toString(), "--dry-run");
        assertEquals(0, exit, err.toString());
        assertTrue(!Files.exists(outDir));
        assertTrue(out.toString().matches("(?s)file +found +answered +unpaired\\R.*seed-study-page.md +10 +10 +0\\R"),
                out.toString());
    }

    @Test
    void giftErrorsArePlacedAndExitOne() throws IOException {
        Path gift = page("moodle-gift-errors.gift");
        Path outDir = tmp.resolve("out");
        assertEquals(1, run(gift.toString(), "--out", outDir.toString()));
        assertEquals(List.of("moodle-gift-errors.json"), written(outDir), "the good question is still written");
        assertTrue(err.toString().contains(gift + ":3:36: error: the answers opened by `{` are never closed"),
                err.toString());
    }
}

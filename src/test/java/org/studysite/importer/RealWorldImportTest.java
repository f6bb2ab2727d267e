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
            "az900-mcqs.md; 3; 41; 0; B C C C B C C B B D C B C C D B C B|B C B C C C D D B C B C B C B C D C C C|C B C",
            "clf-c02-practice-exam-1.md; 1; 20; 0; D D B B+E A B C A+E B D C B C A+E B D C B+C D A+C",
            "ditectrev-saa-c03.md; 1; 37; 0; C D B A+D C+E A A C A A C D D B A D A+D C B A A D A C A D C B A D C C A B A A A",
            "terraform-practice-exam-1.md; 1; 8; 0; C B A A+B+C+D C B B A",
            "az900-practice-test-2.md; 1; 6; 0; B B A A B A",
            "ditectrev-az204-images.md; 1; 16; 1; A B A B A D B A B C A D B A C A",
            "ccdak-consumer-questions1.md; 1; 10; 0; A+C A C B A B B B B A",
            "terraform-sample-questions.md; 1; 20; 0; B C B B C C B B B B B C B C C D C B C B",
            "kananinirav-practice-exam-23.md; 1; 32; 0; B A+C B D D C C C A D D A B B A A+C D B+E A A+D D A B D A B D C A+E B D B"})
    void recoversEveryQuestionAndAnswer(String page, int quizzes, int questions, int warnings, String answers)
            throws Exception {
        ImportResult r = MarkdownQuizImporter.importMarkdown(Files.readString(PAGES.resolve(page)), page,
                ImportOptions.DEFAULTS);
        assertEquals(quizzes, r.quizzes().size());
        assertEquals(questions, r.questionsFound());
        assertEquals(questions, r.questionsImported());
        assertEquals(warnings, r.diagnostics().size(), r.diagnostics()::toString);
        assertEquals(answers, r.quizzes().stream().map(q -> q.questions().stream()
                .map(x -> String.join("+", x.answer())).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("|")));
        for (ImportedQuiz quiz : r.quizzes()) {
            for (ImportedQuestion q : quiz.questions()) {
                assertFalse(q.prompt().isBlank() || q.prompt().startsWith("[domain:")
                        || q.prompt().matches("(?s)^\\d+\\s*[.)].*") || q.prompt().contains("**Topic:**"), q.prompt());
                assertFalse(q.explanation().contains("Back to Top") || q.explanation().startsWith(">")
                        || q.explanation().startsWith("<br") || q.explanation().startsWith("(Select")
                        || q.explanation().matches("(?s).*[^*]\\*"), q.explanation());
                assertTrue(q.options().size() >= 2 && q.options().stream().noneMatch(String::isBlank), q::toString);
            }
        }
    }

    /** A scenario heading followed by the ask's heading is one question; screenshots by relative path are reported. */
    @org.junit.jupiter.api.Test
    void keepsSplitPromptsAndReportsRelativeImages() throws Exception {
        ImportResult split = MarkdownQuizImporter.importMarkdown(
                Files.readString(PAGES.resolve("az900-practice-test-2.md")), "t2.md", ImportOptions.DEFAULTS);
        List<ImportedQuestion> qs = split.quizzes().get(0).questions();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), qs.stream().map(ImportedQuestion::number).toList());
        assertTrue(qs.get(4).prompt().startsWith("An organization is planning")
                && qs.get(4).prompt().endsWith("Is this assumption valid?"), qs.get(4).prompt());
        assertTrue(qs.get(5).prompt().startsWith("A startup is planning")
                && qs.get(5).prompt().endsWith("which of the following services would you recommend?"));
        assertEquals("Practice Test 2", split.quizzes().get(0).title());

        ImportResult images = MarkdownQuizImporter.importMarkdown(
                Files.readString(PAGES.resolve("ditectrev-az204-images.md")), "az204.md", ImportOptions.DEFAULTS);
        assertEquals(List.of("az204.md:1:1: warning: question 1 shows image `images/question48_49_50.jpeg` by a path"
                + " relative to the page (and 10 more questions show such images); the quiz page will not find it"),
                images.diagnostics().stream().map(d -> d.format().replaceFirst(" — .*", "")).toList());

        ImportResult titled = MarkdownQuizImporter.importMarkdown(
                Files.readString(PAGES.resolve("ccdak-consumer-questions1.md")), "Consumer/Questions1.md",
                ImportOptions.DEFAULTS);
        assertEquals("Questions1", titled.quizzes().get(0).title()); // not "Question 1", the first question's heading
    }

    /**
     * Banks with hundreds of questions keep indenting options and answers four spaces under "100. ", short of the
     * item's content column: the same page numbered from 98 on must still give every question and answer.
     */
    @org.junit.jupiter.api.Test
    void numbersOfThreeDigitsKeepTheirOptionsAndAnswers() throws Exception {
        String page = Files.readString(PAGES.resolve("kananinirav-practice-exam-23.md"));
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("(?m)^(\\d+)\\. ").matcher(page);
        String renumbered = item.replaceAll(m -> (Integer.parseInt(m.group(1)) + 97) + ". ");
        ImportResult r = MarkdownQuizImporter.importMarkdown(renumbered, "pe.md", ImportOptions.DEFAULTS);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(32, r.questionsImported());
        ImportedQuestion q100 = r.quizzes().get(0).questions().get(2);
        assertEquals(100, q100.number());
        assertEquals(List.of("AWS Direct Connect", "Amazon Connect", "AWS Support Center", "AWS Managed Services"),
                q100.options());
        assertEquals(List.of("B"), q100.answer());
        assertEquals("<https://aws.amazon.com/connect/customers/>", q100.explanation());
        assertEquals("B A+C B D D C C C A D D A B B A A+C D B+E A A+D D A B D A B D C A+E B D B",
                r.quizzes().get(0).questions().stream().map(x -> String.join("+", x.answer()))
                        .collect(Collectors.joining(" ")));
    }

    @ParameterizedTest
    @CsvSource({"az900-mcqs.md", "clf-c02-practice-exam-1.md", "ditectrev-saa-c03.md", "terraform-practice-exam-1.md",
            "az900-practice-test-2.md", "ditectrev-az204-images.md", "ccdak-consumer-questions1.md",
            "terraform-sample-questions.md", "kananinirav-practice-exam-23.md"})
    void writesQuizFilesTheBuildAccepts(String page) throws Exception {
        // Every question of each page is written: exit 0, even with the warning about relative screenshots.
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

package org.studysite.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each page style must yield, stated by hand (the golden files hold the full JSON): quiz ids, questions
 * found and imported, every answer.
 */
class ImportVariantsTest {

    private static ImportResult load(String page) throws IOException {
        String markdown = Files.readString(ImportGoldenTest.PAGES.resolve(page), StandardCharsets.UTF_8);
        return MarkdownQuizImporter.importMarkdown(markdown, page, ImportOptions.DEFAULTS);
    }

    /** Answers of all quizzes of a page: quizzes separated by '|', questions by ' ', multi-select joined by '+'. */
    private static String answers(ImportResult result) {
        return result.quizzes().stream().map(quiz -> quiz.questions().stream()
                        .map(q -> String.join("+", q.answer())).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "seed-study-page.md;    quiz-experimentation--data-management; 10; 10; B C B A B B C C B A",
            "plain-markdown.md;     quiz;                                   4;  4; B B B C",
            "docusaurus-details.md; knowledge-check;                        4;  4; C B B A",
            "heading-per-question.md; practice-questions;                   3;  3; B B A",
            "checklist.md;          self-check;                             3;  3; A+C B C",
            "multi-select.md;       quiz-cryptography;                      4;  4; B+E A+C A+B+E A",
            "answers-by-prompt.md;  review-questions;                       3;  3; C B B",
            "missing-answer.md;     quiz-probability;                       3;  2; B B",
            "two-quizzes.md;        quiz-spark-basics quiz-delta-lake;      4;  4; B C|B B",
            "answer-key.md;         linux-administration;                   4;  4; A B C B",
    })
    void recoversEveryStyle(String page, String ids, int found, int imported, String answers) throws IOException {
        ImportResult result = load(page);
        assertEquals(ids, result.quizzes().stream().map(ImportedQuiz::id).collect(Collectors.joining(" ")));
        assertEquals(found, result.questionsFound(), "found");
        assertEquals(imported, result.questionsImported(), "imported");
        assertEquals(answers, answers(result));
        if (found == imported) {
            assertEquals(List.of(), result.diagnostics());
        }
    }

    @Test
    void unpairedQuestionIsReportedAtItsListMarker() throws IOException {
        List<Diagnostic> warnings = load("missing-answer.md").diagnostics();
        assertEquals(1, warnings.size());
        assertEquals("missing-answer.md:12:1: warning: question 2 has no answer — add \"**Answer: B**\" under it "
                + "or in the Answers section", warnings.get(0).format());
    }

    @Test
    void questionIdsKeepSourceNumbersWhenOneIsSkipped() throws IOException {
        List<ImportedQuestion> questions = load("missing-answer.md").quizzes().get(0).questions();
        assertEquals(List.of("quiz-probability-q1", "quiz-probability-q3"),
                questions.stream().map(ImportedQuestion::id).toList());
    }

    @Test
    void codeBlocksStayInPromptsAndExplanations() throws IOException {
        ImportedQuestion q3 = load("plain-markdown.md").quizzes().get(0).questions().get(2);
        assertEquals("What does this print?\n\n```python\nx = [1, 2]\ny = x\ny.append(3)\nprint(x)\n```", q3.prompt());
        assertEquals(List.of("[1, 2]", "[1, 2, 3]", "[3]"), q3.options());
        assertEquals("Both names refer to the same list object:\n\n```python\nprint(x is y)  # True\n```",
                q3.explanation());
    }

    @Test
    void answersInsideDetailsWithAndWithoutBlankLines() throws IOException {
        List<ImportedQuestion> questions = load("docusaurus-details.md").quizzes().get(0).questions();
        assertEquals("A single PUT is limited to 5 GB; multipart upload reaches 5 TB.",
                questions.get(1).explanation());
        assertTrue(questions.get(2).explanation().contains("```bash\naws s3api put-object-lock-configuration"),
                questions.get(2).explanation());
    }

    @Test
    void answersSectionIsMatchedByPromptWhenNumbersDiffer() throws IOException {
        ImportedQuestion https = load("answers-by-prompt.md").quizzes().get(0).questions().get(2);
        assertEquals("What is the default port for HTTPS?", https.prompt());
        assertEquals(List.of("B"), https.answer());
        assertEquals("Port 80 is plain HTTP.", https.explanation());
    }

    @Test
    void explanationAfterAnswerLetterIsKeptButOptionEchoIsNot() throws IOException {
        List<ImportedQuestion> questions = load("answer-key.md").quizzes().get(0).questions();
        assertEquals("`/etc/inittab` held the `initdefault` line.", questions.get(1).explanation());
        assertEquals("", questions.get(2).explanation(), "\"C) SIGKILL\" only repeats the option");
        ImportedQuestion tuple = load("plain-markdown.md").quizzes().get(0).questions().get(3);
        assertEquals("tuples cannot be changed after creation.", tuple.explanation());
    }

    @Test
    void eachQuizSectionGetsItsOwnBands() throws IOException {
        List<ImportedQuiz> quizzes = load("two-quizzes.md").quizzes();
        assertEquals(List.of(100, 0), quizzes.get(0).bands().stream().map(b -> b.minPercent()).toList());
        assertEquals(List.of(), quizzes.get(1).bands());
    }

    @Test
    void optionsDomainAndPrefixGoIntoTheJson() throws IOException {
        String markdown = Files.readString(ImportGoldenTest.PAGES.resolve("checklist.md"), StandardCharsets.UTF_8);
        ImportResult result = MarkdownQuizImporter.importMarkdown(markdown, "checklist.md",
                new ImportOptions("git", "version-control"));
        ImportedQuiz quiz = result.quizzes().get(0);
        assertEquals("git-self-check", quiz.id());
        assertEquals("git-self-check-q2", quiz.questions().get(1).id());
        String json = QuizJsonWriter.toJson(quiz);
        assertTrue(json.startsWith("{\n  \"$schema\": \"../../schema/quiz.schema.json\",\n  \"id\": \"git-self-check\","
                + "\n  \"title\": \"Self-check\",\n  \"domain\": \"version-control\",\n"), json);
        assertTrue(json.contains("\"answer\": [\n        \"A\",\n        \"C\"\n      ]"), json);
    }
}

package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studysite.load.QuizFixtures.assertReported;
import static org.studysite.load.QuizFixtures.formatted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Card;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.model.SourcePosition;

class QuizLoaderTest {

    static Stream<String> validFiles() throws IOException {
        try (Stream<Path> files = Files.list(QuizFixtures.root().resolve("valid"))) {
            return files.filter(p -> p.toString().endsWith(".json")).map(p -> "valid/" + p.getFileName())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void everyValidFixtureLoadsWithoutErrors(String relPath) {
        Diagnostics d = new Diagnostics();
        Optional<Quiz> quiz = QuizLoader.load(relPath, QuizFixtures.text(relPath), d);
        assertFalse(d.hasErrors(), () -> String.join("\n", formatted(d)));
        assertTrue(quiz.isPresent());
    }

    @Test
    void fullQuizBecomesTheModel() {
        Diagnostics d = new Diagnostics();
        Quiz quiz = QuizFixtures.quiz("valid/full.json", d);
        assertEquals(List.of(), formatted(d));
        assertEquals("iam-basics", quiz.id());
        assertEquals(80, quiz.passPercent());
        assertEquals(3, quiz.bands().size());
        assertEquals(List.of("iam", "iam#policies"), quiz.related().stream().map(Ref::raw).toList());
        assertEquals(new SourcePosition("valid/full.json", 12, 22), quiz.related().get(1).position());
        assertTrue(quiz.shuffleQuestions());
        assertFalse(quiz.shuffleOptions());
        assertEquals(12, quiz.contentHash().length());

        Question first = quiz.questions().get(0);
        assertEquals(new SourcePosition("valid/full.json", 16, 5), first.position());
        assertEquals(List.of(1), first.answer(), "lower-case letters count too");
        assertFalse(first.multiple());
        Option iam = first.options().get(1);
        assertEquals("An IAM role", iam.text().markdown());
        assertEquals("Roles hand out temporary credentials.", iam.why().markdown());
        assertEquals("<p>Roles hand out temporary credentials.</p>\n", iam.why().compiled().html(), "compiled at load");
        assertEquals("security", first.domain(), "inherited from the quiz");
        assertEquals(new SourcePosition("valid/full.json", 28, 16), first.refs().get(0).position());
        assertEquals("roles", first.refs().get(0).anchor());

        Question second = quiz.questions().get(1);
        assertEquals(List.of(0, 2), second.answer());
        assertTrue(second.multiple());
        assertTrue(second.showCount());
        assertEquals("governance", second.domain());
    }

    @Test
    void idDefaultsToFileName() {
        Quiz quiz = QuizFixtures.quiz("valid/minimal.json", new Diagnostics());
        assertEquals("minimal", quiz.id());
        assertEquals(null, quiz.passPercent(), "the site default applies");
    }

    @Test
    void invalidJsonSaysWhereItBroke() {
        Diagnostics d = load("invalid/trailing-comma.json");
        assertReported(d, "invalid/trailing-comma.json:5:3: error: invalid JSON: unexpected character ']' — check for a"
                + " trailing comma or a missing quote before this point");
    }

    @Test
    void unknownFieldSuggestsTheClosestKnownName() {
        Diagnostics d = load("invalid/unknown-field.json");
        assertReported(d, "invalid/unknown-field.json:3:3: error: unknown field `passPercentage` in quiz — did you mean"
                + " `passPercent`?");
        assertReported(d, "invalid/unknown-field.json:9:7: error: unknown field `answers` in question — did you mean"
                + " `answer`?");
    }

    @Test
    void unknownFieldWithoutCloseMatchListsAllowedFields() {
        Diagnostics d = load("invalid/unknown-field.json");
        assertReported(d, "invalid/unknown-field.json:10:7: error: unknown field `colour` in question — allowed fields:"
                + " `answer`, `difficulty`, `domain`, `explanation`, `id`, `options`, `prompt`, `refs`, `showCount`,"
                + " `tags`");
    }

    @Test
    void wrongAnswerTypeShowsBothShapes() {
        Diagnostics d = load("invalid/answer-type.json");
        assertReported(d, "invalid/answer-type.json:4:68: error: `answer` must be a letter like \"B\" or a list like"
                + " [\"A\",\"C\"], not a number");
        assertReported(d, "invalid/answer-type.json:5:73: error: `answer` must be a letter like \"B\" or a list like"
                + " [\"A\",\"C\"], not \"AC\" — for several right answers use a list");
    }

    @Test
    void missingRequiredFieldsAreEachNamedAtTheQuestion() {
        Diagnostics d = load("invalid/missing.json");
        for (String field : List.of("answer", "id", "options", "prompt")) {
            assertReported(d, "invalid/missing.json:4:5: error: question is missing `" + field + "`");
        }
    }

    @Test
    void answerLetterOutOfRange() {
        assertReported(load("invalid/answer-range.json"),
                "invalid/answer-range.json:8:17: error: answer \"E\" but the question has 4 options (A–D)");
    }

    @Test
    void duplicateOptionTextIgnoresCaseAndSpacing() {
        assertReported(load("invalid/duplicate-option.json"),
                "invalid/duplicate-option.json:10:9: error: option C has the same text as option A");
    }

    @Test
    void fewerThanTwoOptions() {
        assertReported(load("invalid/one-option.json"),
                "invalid/one-option.json:4:46: error: a question needs at least 2 options; this one has 1");
    }

    @Test
    void multiSelectWithEmptyList() {
        assertReported(load("invalid/empty-multi.json"),
                "invalid/empty-multi.json:4:73: error: `answer` is an empty list");
    }

    @Test
    void duplicateQuestionIdNamesBothLines() {
        assertReported(load("invalid/duplicate-id.json"),
                "invalid/duplicate-id.json:6:12: error: duplicate question id `dup` (lines 4 and 6)");
    }

    @Test
    void difficultyOutsideOneToThree() {
        assertReported(load("invalid/difficulty.json"),
                "invalid/difficulty.json:4:107: error: `difficulty` must be from 1 to 3, not 5");
    }

    @Test
    void passPercentOutsideZeroToHundred() {
        assertReported(load("invalid/pass-percent.json"),
                "invalid/pass-percent.json:3:18: error: `passPercent` must be from 0 to 100, not 120");
    }

    @Test
    void duplicateBandMinPercent() {
        assertReported(load("invalid/duplicate-band.json"),
                "invalid/duplicate-band.json:6:20: error: two bands start at minPercent 80 (lines 4 and 6)");
    }

    @Test
    void everyProblemInAFileIsReportedTogether() {
        Diagnostics d = new Diagnostics();
        Optional<Quiz> quiz = QuizLoader.load("invalid/many.json", QuizFixtures.text("invalid/many.json"), d);
        assertTrue(quiz.isEmpty());
        assertEquals(List.of(
                "invalid/many.json:1:1: error: quiz is missing `title`",
                "invalid/many.json:2:3: error: unknown field `titel` in quiz",
                "invalid/many.json:3:18: error: `passPercent` must be from 0 to 100, not -5",
                "invalid/many.json:5:5: warning: question `m-1` has no explanation",
                "invalid/many.json:5:51: error: option B has the same text as option A",
                "invalid/many.json:5:67: error: answer \"C\" but the question has 2 options (A–B)",
                "invalid/many.json:6:5: warning: question `m-1` has no explanation",
                "invalid/many.json:6:12: error: duplicate question id `m-1` (lines 5 and 6)",
                "invalid/many.json:6:73: error: `answer` must be a letter like \"B\" or a list like [\"A\",\"C\"]",
                "invalid/many.json:6:91: error: `difficulty` must be from 1 to 3, not 0"),
                formatted(d).stream().map(s -> s.replaceFirst(" — .*|;.*", "")).toList());
    }

    @Test
    void missingExplanationAndSkewedAnswersAreWarningsOnly() {
        Diagnostics d = new Diagnostics();
        QuizFixtures.quiz("valid/balanced-warnings.json", d);
        assertFalse(d.hasErrors());
        assertReported(d, "valid/balanced-warnings.json:3:16: warning: answer C is right in 3 of 5 single-choice"
                + " questions (A: 1, B: 1, C: 3) — vary the position of the right answer");
        assertReported(d, "valid/balanced-warnings.json:6:5: warning: question `sk-3` has no explanation");
    }

    @Test
    void manyMissingExplanationsAreOneWarning() {
        StringBuilder json = new StringBuilder("{\"id\": \"bank\", \"title\": \"Bank\", \"questions\": [\n");
        for (int i = 1; i <= 5; i++) {
            json.append(i == 1 ? "" : ",\n").append("  {\"id\": \"b-").append(i)
                    .append("\", \"prompt\": \"Q").append(i).append("?\", \"options\": [\"w\", \"x\", \"y\", \"z\"], \"answer\": \"")
                    .append("ABCDA".charAt(i - 1)).append("\"}");
        }
        Diagnostics d = new Diagnostics();
        QuizLoader.load("bank.json", json.append("\n]}").toString(), d);
        assertEquals(List.of("bank.json:2:3: warning: 5 of 5 questions have no explanation (the first: question `b-1`)"),
                formatted(d).stream().map(s -> s.replaceFirst(" — .*", "")).toList());
    }

    @Test
    void skewIsNotReportedBelowFiveSingleChoiceQuestions() {
        String json = """
                {"title": "t", "questions": [
                  {"id": "1", "prompt": "1", "options": ["a", "b"], "answer": "A", "explanation": "x"},
                  {"id": "2", "prompt": "2", "options": ["a", "b"], "answer": "A", "explanation": "x"},
                  {"id": "3", "prompt": "3", "options": ["a", "b"], "answer": "A", "explanation": "x"},
                  {"id": "4", "prompt": "4", "options": ["a", "b"], "answer": "A", "explanation": "x"}
                ]}""";
        Diagnostics d = new Diagnostics();
        QuizLoader.load("q.json", json, d);
        assertEquals(List.of(), formatted(d));
    }

    @Test
    void contentHashFollowsTheBytes() {
        assertEquals(QuizLoader.contentHash("{}"), QuizLoader.contentHash("{}"));
        assertFalse(QuizLoader.contentHash("{}").equals(QuizLoader.contentHash("{ }")));
        assertEquals("44136fa355b3", QuizLoader.contentHash("{}"));
    }

    @Test
    void nonObjectRootAndDuplicateKeysAreReported() {
        Diagnostics d = new Diagnostics();
        QuizLoader.load("a.json", "[1]", d);
        QuizLoader.load("b.json", "{\"title\": \"x\",\n \"title\": \"y\", \"questions\": []}", d);
        assertReported(d, "a.json:1:1: error: the file must hold a JSON object, not a list");
        assertReported(d, "b.json:2:2: error: field `title` appears twice in this object (first at line 1)");
        assertReported(d, "b.json:2:29: error: `questions` is empty");
    }

    @Test
    void malformedRefsAndBlankIdsAreReported() {
        Diagnostics d = new Diagnostics();
        QuizLoader.load("r.json", """
                {"title": "t", "id": " ", "related": ["#top", "a#"], "questions": [
                  {"id": "1", "prompt": "1", "options": ["a", "b"], "answer": "A", "explanation": "x"}]}""", d);
        assertReported(d, "r.json:1:22: error: `id` is empty");
        assertReported(d, "r.json:1:39: error: `related` item \"#top\" is not a note reference");
        assertReported(d, "r.json:1:47: error: `related` item \"a#\" is not a note reference");
    }

    private static Diagnostics load(String relPath) {
        Diagnostics d = new Diagnostics();
        Optional<Quiz> quiz = QuizLoader.load(relPath, QuizFixtures.text(relPath), d);
        assertTrue(quiz.isEmpty(), "a file with errors yields no quiz");
        return d;
    }

    @Test
    void cardsBecomeTheModel() {
        Diagnostics d = new Diagnostics();
        Quiz quiz = QuizFixtures.quiz("valid/cards.json", d);
        assertEquals(List.of(), formatted(d));
        assertEquals(2, quiz.cards().size());
        Card role = quiz.cards().get(0);
        assertEquals("card-role", role.id());
        assertEquals("What does an **IAM role** hand out?", role.front().markdown());
        assertTrue(role.back().markdown().contains("```python\nsts.assume_role"), "the back may hold code blocks");
        assertEquals(List.of("iam", "basics"), role.tags());
        assertEquals(new SourcePosition("valid/cards.json", 9, 5), role.position());
        assertEquals(new SourcePosition("valid/cards.json", 14, 16), role.refs().get(0).position());
        assertEquals("security", role.domain(), "inherited from the quiz");
        assertEquals(new SourcePosition("valid/cards.json", 4, 13), role.domainPosition(), "the quiz's `domain`");
        Card mfa = quiz.cards().get(1);
        assertEquals("governance", mfa.domain());
        assertEquals(new SourcePosition("valid/cards.json", 16, 92), mfa.domainPosition(), "its own `domain`");
        assertEquals(List.of(), mfa.refs());
        assertEquals(List.of(), QuizFixtures.quiz("valid/minimal.json", new Diagnostics()).cards(), "no cards: none");
    }

    @Test
    void everyCardProblemIsReportedAtItsPlace() {
        Diagnostics d = new Diagnostics();
        assertTrue(QuizLoader.load("invalid/cards.json", QuizFixtures.text("invalid/cards.json"), d).isEmpty());
        assertEquals(List.of(
                "invalid/cards.json:7:55: error: unknown field `colour` in card",
                "invalid/cards.json:8:12: error: duplicate card id `q-1` (lines 4 and 8)",
                "invalid/cards.json:9:28: error: `front` is empty",
                "invalid/cards.json:10:28: error: a card's `front` must be one paragraph (it is the summary of a"
                        + " <details> when JavaScript is off)",
                "invalid/cards.json:11:5: error: card is missing `back`",
                "invalid/cards.json:11:5: error: card is missing `id`",
                "invalid/cards.json:12:55: error: `refs` item \"a#b#c\" is not a note reference",
                "invalid/cards.json:12:74: error: every item of `tags` must be a string, not a number",
                "invalid/cards.json:12:88: error: `domain` is empty",
                "invalid/cards.json:13:12: error: duplicate card id `c-1` (lines 7 and 13)",
                "invalid/cards.json:14:5: error: every item of `cards` must be an object { … }, not a string"),
                formatted(d).stream().map(s -> s.replaceFirst(" — .*", "")).toList());
        assertReported(load("invalid/cards.json"), "invalid/cards.json:10:28: error: a card's `front` must be one"
                + " paragraph (it is the summary of a <details> when JavaScript is off) — keep the term or question on"
                + " the front; put code blocks, lists and further paragraphs on the back");
    }

    @Test
    void cardsMustBeAList() {
        assertReported(load("invalid/cards-type.json"), "invalid/cards-type.json:6:12: error: `cards` must be a list"
                + " of card objects {\"id\", \"front\", \"back\"}, not an object");
    }
}

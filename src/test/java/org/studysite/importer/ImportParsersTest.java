package org.studysite.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studysite.model.Band;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line-level recognisers on their own. */
class ImportParsersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Answer: B|B",
            "**Answer:** B|B",
            "**Answer: B) OPTIMIZE**|B",
            "Answer: B, E|B E",
            "Correct answer: CE|C E",
            "Correct answers: A and C|A C",
            "✅ **Answer:** (d)|D",
            "The correct answer is C.|C",
            "Ans: a|A",
            "Answer - B — because|B",
            "Answer B|B",
    })
    void answerLines(String line, String letters) {
        AnswerParser.Answer answer = AnswerParser.answerLine(line).orElseThrow();
        assertEquals(List.of(letters.split(" ")), answer.letters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Answer the following questions.", "Answers vary by region",
            "Correct - the OPTIMIZE command works", "A model signature", "Explanation: B is wrong"})
    void notAnswerLines(String line) {
        assertTrue(AnswerParser.answerLine(line).map(a -> a.letters().isEmpty()).orElse(true), line);
    }

    @Test
    void answerAsOptionText() {
        AnswerParser.Answer answer = AnswerParser.answerLine("**Answer:** chown").orElseThrow();
        assertEquals(List.of(), answer.letters());
        assertEquals("chown", answer.valueText());
    }

    @Test
    void emptyAnswerMeansTheLetterFollows() {
        assertTrue(AnswerParser.answerLine("**Answer:**").orElseThrow().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "B|B|''", "**C**|C|''", "B) OPTIMIZE|B|OPTIMIZE", "A and C|A C|''", "Option D|D|''",
            "c. SIGKILL|C|SIGKILL", "**B** — held the line|B|held the line",
    })
    void bareLetters(String text, String letters, String rest) {
        AnswerParser.Answer answer = AnswerParser.letters(text).orElseThrow();
        assertEquals(List.of(letters.split(" ")), answer.letters());
        assertEquals(rest, answer.rest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A company needs", "a good fit", "BAD idea", "How would you", "Explain"})
    void wordsAreNotLetters(String text) {
        assertTrue(AnswerParser.letters(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A) VACUUM|0|VACUUM", "b. def|1|def", "(c) lambda|2|lambda", "[A] one|0|one", "D: four|3|four",
            "**A.** bold|0|bold", "A - dashed|0|dashed",
    })
    void lettersOfOptions(String line, int index, String text) {
        assertEquals(text, OptionParser.lettered(line, index).orElseThrow().text());
    }

    @Test
    void optionLetterMustBeTheNextOne() {
        assertTrue(OptionParser.lettered("C) out of order", 1).isEmpty());
        assertTrue(OptionParser.lettered("e.g. an example", 4).isEmpty());
    }

    @Test
    void scoreBands() {
        assertEquals(new Band(90, "Excellent!", "You have a strong grasp."),
                ScoreBandParser.parse("**9-10 correct**: Excellent! You have a strong grasp.").orElseThrow().toBand(10));
        assertEquals(0, ScoreBandParser.parse("**Below 5 correct**: Review").orElseThrow().toBand(10).minPercent());
        assertEquals(66, ScoreBandParser.parse("2–3 correct: Fine").orElseThrow().toBand(3).minPercent());
        assertEquals(80, ScoreBandParser.parse("80%+: Pass").orElseThrow().toBand(10).minPercent());
        assertTrue(ScoreBandParser.parse("3 - steps to follow").isEmpty());
    }

    @Test
    void headings() {
        assertTrue(QuizPatterns.isQuizHeading("Quiz: Experimentation & Data Management"));
        assertTrue(QuizPatterns.isQuizHeading("Knowledge Check"));
        assertTrue(QuizPatterns.isQuizHeading("Questions and Answers"));
        assertTrue(!QuizPatterns.isQuizHeading("Quiz Answers"));
        assertTrue(QuizPatterns.isAnswersHeading("Quiz Answers"));
        assertTrue(!QuizPatterns.isSingleAnswerHeading("Answers"));
        assertEquals(3, QuizPatterns.questionHeading("Q3. What is X?").orElseThrow().number());
        assertEquals("What is X?", QuizPatterns.questionLabel("**Question 7:** What is X?").orElseThrow().rest());
    }

    @Test
    void githubSlugs() {
        Slugger slugger = new Slugger();
        assertEquals("quiz-experimentation--data-management",
                slugger.unique("Quiz: Experimentation & Data Management"));
        assertEquals("quiz", slugger.unique("Quiz"));
        assertEquals("quiz-1", slugger.unique("Quiz"));
    }
}

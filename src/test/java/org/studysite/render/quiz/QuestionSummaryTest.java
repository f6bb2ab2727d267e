package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The missed-questions list names a question by its prompt's text, taken at build time (issue 13's "Copylr = …"). */
class QuestionSummaryTest {
    private static QuestionView prompt(String html) {
        return new QuestionView("q", 1, html, false, false, 1, List.of(), "A", "", "d", "D", List.of(), null,
                List.of(), null);
    }

    @Test
    void aCodePromptReadsAsItsTextWithNothingAddedBetweenParagraphAndCode() {
        assertEquals("What does this fit? lr = LinearRegression(featuresCol=\"f\")",
                prompt("<p>What does this fit?</p><div class=\"code-block\"><pre><code>lr = LinearRegression(featuresCol=\"f\")</code></pre></div>")
                        .summary());
    }

    @Test
    void aLongPromptIsCutAtNinetyCharacters() {
        String s = prompt("<p>" + "word ".repeat(40) + "</p>").summary();
        assertEquals(89, s.length());
        assertEquals('…', s.charAt(s.length() - 1));
    }
}

package org.studysite.importer;

import org.junit.jupiter.api.Test;
import org.studysite.model.Band;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real study page the importer was written for: questions first, a "Quiz Answers" section after. */
class ImportSeedPageTest {

    static String resource(String name) throws IOException {
        try (InputStream in = ImportSeedPageTest.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource import/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ImportedQuiz seedQuiz() throws IOException {
        ImportResult result = MarkdownQuizImporter.importMarkdown(resource("seed-study-page.md"),
                "seed-study-page.md", ImportOptions.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.quizzes().size(), "one quiz section");
        return result.quizzes().get(0);
    }

    @Test
    void recoversAllTenQuestionsWithTheirAnswers() throws IOException {
        ImportedQuiz quiz = seedQuiz();
        assertEquals("quiz-experimentation--data-management", quiz.id());
        assertEquals("Quiz: Experimentation & Data Management", quiz.title());
        assertEquals(10, quiz.questions().size());
        assertEquals(List.of("B", "C", "B", "A", "B", "B", "C", "C", "B", "A"),
                quiz.questions().stream().map(q -> String.join(",", q.answer())).toList());
        for (ImportedQuestion q : quiz.questions()) {
            assertEquals(4, q.options().size(), q.id());
            assertTrue(!q.explanation().isBlank(), q.id() + " has an explanation");
            assertTrue(!q.explanation().startsWith("Explanation"), q.id() + " explanation prefix stripped");
        }
    }

    @Test
    void keepsPromptOptionsAndExplanationText() throws IOException {
        ImportedQuestion first = seedQuiz().questions().get(0);
        assertEquals("quiz-experimentation--data-management-q1", first.id());
        assertEquals("What Delta Lake operation would you use to eliminate small files and optimize performance?",
                first.prompt());
        assertEquals(List.of("VACUUM", "OPTIMIZE", "COMPACT", "CLEAN"), first.options());
        assertEquals("The OPTIMIZE command rewrites small files into larger ones to improve read performance. "
                + "VACUUM removes old file versions but doesn't consolidate small files. COMPACT isn't a standard "
                + "Delta operation, and CLEAN doesn't exist in Delta Lake.", first.explanation());
        assertEquals("quiz-experimentation--data-management-q10", seedQuiz().questions().get(9).id());
    }

    @Test
    void scoreAssessmentBecomesFourBands() throws IOException {
        List<Band> bands = seedQuiz().bands();
        assertEquals(List.of(90, 70, 50, 0), bands.stream().map(Band::minPercent).toList());
        assertEquals(new Band(90, "Excellent!", "You have a strong grasp of the fundamentals."), bands.get(0));
        assertEquals("More intensive review needed on the Day 1 topics.", bands.get(3).label());
    }
}

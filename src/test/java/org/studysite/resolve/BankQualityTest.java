package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.diag.Diagnostics;
import org.studysite.load.QuizFixtures;

/** Study-quality warnings over src/test/resources/quizzes/quality/, each at the question it is about. */
class BankQualityTest {
    private static List<String> warnings(String file) {
        Diagnostics load = new Diagnostics();
        var quiz = QuizFixtures.quizIn("quality/", file, load);
        Diagnostics d = new Diagnostics();
        BankQuality.check(List.of(quiz), d);
        return QuizFixtures.formatted(d);
    }

    @Test
    void cuesInAShuffledQuizAreEachReportedAtTheirQuestion() {
        assertEquals(List.of(
                "quizzes/cues.json:4:5: warning: the right answer is the longest option in 2 of 6 single-choice"
                        + " questions (long-1, long-2) — keep it at most 30%: lengthen a wrong option or shorten the"
                        + " right one",
                "quizzes/cues.json:8:5: warning: question `contained`: option C is part of option B — reword one"
                        + " so the two cannot be told apart by their wording alone",
                "quizzes/cues.json:9:5: warning: question `multi`: the right options A, B are the 2 longest —"
                        + " lengthen a wrong option or shorten a right one",
                "quizzes/cues.json:10:5: warning: question `count` has no `refs` — add \"refs\":"
                        + " [\"note-id#section\"], the note section it tests, so a learner who missed it knows what"
                        + " to read",
                "quizzes/cues.json:10:5: warning: question `count` says \"Select three\" but its answer has 2"
                        + " options — make the prompt and the answer agree (or use \"showCount\": true and drop the"
                        + " count from the prompt)",
                "quizzes/cues.json:10:5: warning: question `count`: wrong option C has no `why` — add \"why\" to"
                        + " each wrong option: what makes it wrong is what a learner asks after a miss",
                "quizzes/cues.json:11:5: warning: question `above`: option B says \"all of the above\", but this"
                        + " quiz shuffles its options — name the options it means, or set \"shuffle\":"
                        + " {\"options\": false} for this quiz"),
                warnings("quizzes/cues.json"));
    }

    @Test
    void aQuizThatKeepsItsOrderMaySayNoneOfTheAboveAndAMatchingCountIsFine() {
        assertEquals(List.of(
                "quizzes/kept.json:6:5: warning: question `k-2` has \"showCount\": true but is single-choice —"
                        + " showCount tells how many options to pick in a multiple-select question; remove it"),
                warnings("quizzes/kept.json"));
    }
}

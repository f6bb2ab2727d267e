package org.studysite.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.studysite.testing.FuzzChecks;
import org.studysite.testing.Sites;

/**
 * Fuzz target: a whole build of a site made from one input, split at lines {@code ----8<----} into a note
 * (docs/note.md), a quiz (quizzes/q.json) and site.yml. Nothing throws; every diagnostic points inside its file;
 * nothing is written outside --out (the folder beside it holds only the content and the output afterwards); every
 * page has only our own scripts and nothing else that runs.
 */
class SiteBuildFuzzTest {
    private static final String CUT = "\n----8<----\n";

    @FuzzTest(maxDuration = "3m")
    void build(byte[] input) throws IOException {
        String[] parts = FuzzChecks.text(input).split(CUT, -1);
        Path root = Files.createTempDirectory("fuzz-build");
        try {
            Path content = root.resolve("content");
            Map<String, String> files = new HashMap<>();
            files.put("index.md", "# Home\n\n[The note](docs/note.md)\n");
            files.put("docs/note.md", parts[0]);
            if (parts.length > 1) {
                files.put("quizzes/q.json", parts[1]);
            }
            files.put("site.yml", parts.length > 2 ? parts[2] : "title: Fuzz\n");
            files.forEach((rel, text) -> Sites.write(content.resolve(rel), text));
            Path out = root.resolve("out");

            BuildResult r = Build.run(new BuildOptions(content, out, null, false, null));

            FuzzChecks.positionsInRange(r.diagnostics(), files);
            try (Stream<Path> beside = Files.list(root)) {
                List<String> names = beside.map(p -> p.getFileName().toString()).sorted().toList();
                if (!names.equals(r.written() ? List.of("content", "out") : List.of("content"))) {
                    throw new AssertionError("the build left " + names + " beside --out");
                }
            }
            if (r.written()) {
                Path realOut = out.toRealPath();
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.toList()) {
                        if (!p.toRealPath().startsWith(realOut)) {
                            throw new AssertionError("written outside --out: " + p);
                        }
                        if (p.toString().endsWith(".html")) {
                            FuzzChecks.safePage(Files.readString(p, StandardCharsets.UTF_8), out.relativize(p).toString());
                        }
                    }
                }
            }
        } finally {
            Sites.delete(root);
        }
    }
}

package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs `node --test` on files under src/test/js with extra environment; returns its output, failing on a non-zero exit. */
final class NodeTests {
    private NodeTests() {
    }

    static String run(Map<String, String> env, String... files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", "--test"));
        for (String f : files) {
            cmd.add(Path.of("src/test/js").resolve(f).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        out.lines().filter(l -> l.startsWith("# search")).forEach(System.out::println);
        assertEquals(0, code, out);
        return out;
    }
}

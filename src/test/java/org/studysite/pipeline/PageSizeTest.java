package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.CorpusGenerator;
import org.studysite.testing.Sites;

/** A page must not grow with the number of notes: the sidebar only opens the page's own branch. */
class PageSizeTest {
    @TempDir
    Path tmp;

    @Test
    void pageSizeStaysBoundedFrom100To1000Notes() throws IOException {
        long small = largestPage(100);
        long large = largestPage(1000);
        assertTrue(large < small * 1.2, "largest page: " + small + " B at 100 notes, " + large + " B at 1,000");
    }

    private long largestPage(int notes) throws IOException {
        Path content = tmp.resolve("c" + notes);
        CorpusGenerator.write(content, notes);
        Path out = tmp.resolve("o" + notes);
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), () -> r.diagnostics().stream().limit(5).toList().toString());
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> p.toFile().length()).max().orElse(0);
        }
    }
}

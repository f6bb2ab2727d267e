package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.pipeline.BuildOptions;
import org.studysite.testing.Sites;

/** Ctrl-C while serve's first build runs: the shutdown hook closes the preview it was handed, and no folder is left. */
class LivePreviewCloseTest {
    @TempDir
    Path tmp;

    @Test
    void closedBeforeTheFirstBuildLeavesNoTemporaryFolder() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        AtomicReference<Path> folder = new AtomicReference<>();
        LivePreview preview = LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", 0,
                u -> List.of(), p -> {
                    folder.set(p.dir());
                    assertTrue(Files.isDirectory(p.dir()), "the folder exists before the first build");
                    p.close(); // what the shutdown hook does on Ctrl-C
                });
        assertFalse(Files.exists(folder.get()), "the first build must not write the closed site again");
        preview.close();
    }

    @Test
    void closedAfterStartDeletesTheFolder() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        LivePreview preview = LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", 0,
                u -> List.of());
        Path folder = preview.dir();
        assertTrue(Files.exists(folder.resolve("index.html")));
        preview.close();
        assertFalse(Files.exists(folder));
    }
}

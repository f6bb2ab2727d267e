package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.Sites;

/**
 * A refresh writes the open page, tells the browser, and holds the rest back while the page reloads: the rest is
 * made once the reload is served, or as soon as a request waits for one of its files, which then gets the new bytes.
 */
class LiveSiteHoldTest {
    private static final String OPEN = "domains/mlops.html";
    private static final String OTHER = "domains/deployment.html";

    @TempDir
    Path tmp;

    /** A sidebar label edit: every sidebar changes, so both pages are stale; only the open one is written first. */
    private Path retitle(Path content) {
        Path note = content.resolve("domains/mlops.md");
        Sites.write(note, Sites.read(note).replace("sidebar_label: MLOps (15%)", "sidebar_label: MLOps, retitled"));
        return note;
    }

    @Test
    void theRestWaitsForTheOpenPagesToReload() throws Exception {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        try (LiveSite live = LiveSite.open(new BuildOptions(content, null, null, true, null), 60_000)) {
            live.refresh(List.of(), false);
            String otherBefore = Sites.read(live.dir().resolve(OTHER));
            Path note = retitle(content);
            AtomicReference<String> otherWhileHeld = new AtomicReference<>();
            CompletableFuture<Void> reloaded = new CompletableFuture<>();
            LiveSite.Update u = live.refresh(List.of(note), false, Set.of(OPEN), first -> {
                assertEquals(Set.of(OPEN), first.changed());
                assertTrue(Sites.read(live.dir().resolve(OPEN)).contains("MLOps, retitled"));
                new Thread(() -> {
                    // Watched for longer than the rest takes when nothing holds it back.
                    long until = System.nanoTime() + 2_000_000_000L;
                    while (otherBefore.equals(Sites.read(live.dir().resolve(OTHER))) && System.nanoTime() < until) {
                        sleep(20);
                    }
                    otherWhileHeld.set(Sites.read(live.dir().resolve(OTHER)));
                    reloaded.complete(null);
                }).start();
                return reloaded;
            });
            assertTrue(reloaded.isDone(), "the refresh returned before the page reloaded");
            assertEquals(otherBefore, otherWhileHeld.get(), "the other pages were rendered during the reload");
            assertTrue(u.changed().contains(OTHER));
            assertTrue(Sites.read(live.dir().resolve(OTHER)).contains("MLOps, retitled"));
        }
    }

    @Test
    void aRequestForAFileStillToBeWrittenEndsTheHoldAndGetsTheNewBytes() throws Exception {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        // Held for a minute unless the request ends the hold: the test would take that long and fail.
        try (LiveSite live = LiveSite.open(new BuildOptions(content, null, null, true, null), 60_000)) {
            live.refresh(List.of(), false);
            String otherBefore = Sites.read(live.dir().resolve(OTHER));
            Path note = retitle(content);
            AtomicReference<String> served = new AtomicReference<>();
            Thread request = new Thread(() -> {
                live.awaitFresh(OTHER);
                served.set(Sites.read(live.dir().resolve(OTHER)));
            });
            long start = System.nanoTime();
            live.refresh(List.of(note), false, Set.of(OPEN), first -> {
                request.start();
                return new CompletableFuture<>(); // a page that never reloads
            });
            long took = (System.nanoTime() - start) / 1_000_000;
            request.join();
            assertNotEquals(otherBefore, served.get());
            assertTrue(served.get().contains("MLOps, retitled"), "a stale page was served");
            assertTrue(took < 30_000, "the waiting request did not end the hold: " + took + " ms");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

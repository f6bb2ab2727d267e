package org.studysite.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.studysite.diag.Timings;

/**
 * Watches the content folder (recursively, new folders included) and the templates folder, and hands coalesced
 * batches of changed paths to one consumer, one batch at a time. directory-watcher serves on every platform:
 * on Linux it drives the JDK WatchService (inotify), on macOS native FSEvents, where the JDK's WatchService polls
 * every 2–10 s. Every event is only a hint (LiveSite re-checks every file's size and time), so an atomic save
 * (CREATE without MODIFY), a vim save (DELETE then CREATE) or a branch switch all arrive as one refresh.
 */
public final class Watcher implements AutoCloseable {
    /**
     * Quiet time after the last event before a batch is handed on; a burst is never held longer than MAX_WAIT. Not
     * shorter: vim's in-place save sends MODIFY at the truncate and again at the write, 3 ms apart (measured on a
     * 2-core machine at load 4; a git checkout of 12 notes sent all its events within 1 ms), so a 10 ms window
     * would leave little margin against reading a note vim has emptied and not yet written.
     */
    static final long DEBOUNCE_MS = 20;
    static final long MAX_WAIT_MS = 200;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "serve-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Consumer<Set<Path>> onBatch;
    private ScheduledFuture<?> scheduled;
    private long firstPending;

    public Watcher(List<Path> roots, Consumer<Set<Path>> onBatch) throws IOException {
        this.onBatch = onBatch;
        this.watcher = DirectoryWatcher.builder().paths(roots.stream().filter(Files::isDirectory).toList())
                .fileHashing(false).listener(this::event).build();
        watcher.watchAsync();
    }

    private void event(DirectoryChangeEvent e) {
        Path p = e.path();
        Timings.at("watch " + e.eventType() + " " + p);
        if (e.eventType() != DirectoryChangeEvent.EventType.OVERFLOW && p != null && isEditorScratch(p)) {
            return;
        }
        synchronized (pending) {
            long now = System.nanoTime();
            if (pending.isEmpty()) {
                firstPending = now;
            }
            pending.add(p == null ? Path.of("") : p);
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            long waited = (now - firstPending) / 1_000_000;
            scheduled = scheduler.schedule(this::flush, Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - waited)),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        Set<Path> batch;
        synchronized (pending) {
            batch = Set.copyOf(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            Timings.at("batch " + batch.size());
            onBatch.accept(batch);
        }
    }

    /** Swap, backup and lock files of vim, Emacs, JetBrains and others: never content. */
    static boolean isEditorScratch(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx")
                || name.startsWith(".#") || name.startsWith("#") && name.endsWith("#") || name.equals("4913")
                || name.endsWith(".tmp") || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")
                || name.equals(".DS_Store");
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        scheduler.shutdownNow();
    }
}

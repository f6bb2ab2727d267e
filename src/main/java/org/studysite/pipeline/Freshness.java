package org.studysite.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Which files of the live site a request may be served now, while a refresh is rewriting it: a file the refresh
 * is still to rewrite or delete waits, and so, while the refresh has fingerprinted only the open pages and the files
 * their reload fetches, does every file it does not know to be fresh yet. Also lets the refresh hold its CPU-heavy
 * rest back while the open pages reload, unless a request is waiting. One monitor guards it all.
 */
final class Freshness {
    private final Path dir;
    /** Paths the running refresh is about to rewrite or delete. */
    private final Set<String> pending = new HashSet<>();
    /** While not null: the only paths whose state is known (the rest is not fingerprinted yet). */
    private Set<String> known;
    private boolean updating;
    /** Requests waiting in awaitFresh now: a reason to stop holding the rest back. */
    private int waiting;

    Freshness(Path dir) {
        this.dir = dir;
    }

    /** A refresh starts: stale paths wait; with known not null, so does every path outside it. */
    synchronized void begin(Collection<String> stale, Set<String> known) {
        pending.addAll(stale);
        this.known = known == null ? null : Set.copyOf(known);
        updating = true;
    }

    /** Every output is fingerprinted now: the stale ones wait, the rest is served. */
    synchronized void settle(Collection<String> stale) {
        pending.addAll(stale);
        known = null;
        notifyAll();
    }

    /** These paths are written: serve them. */
    synchronized void release(Collection<String> paths) {
        pending.removeAll(paths);
        notifyAll();
    }

    /** The refresh is over (done or failed): serve everything. */
    synchronized void end() {
        pending.clear();
        known = null;
        updating = false;
        notifyAll();
    }

    /**
     * Waits while {@code path} (site-relative, as a request names it) may be about to change. A path that does not
     * exist yet waits too (it may be a new page).
     */
    synchronized void await(String path) {
        String rel = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean counted = false;
        try {
            while (mayChange(rel)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                if (!counted) { // wakes a refresh holding the rest back
                    counted = true;
                    waiting++;
                    notifyAll();
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            if (counted) {
                waiting--;
            }
        }
    }

    private boolean mayChange(String rel) {
        if (!updating) {
            return false;
        }
        String index = rel + "/index.html";
        return pending.contains(rel) || pending.contains(index)
                || known != null && !known.contains(rel) && !known.contains(index)
                || !Files.exists(dir.resolve(rel).normalize());
    }

    /**
     * Lets the open pages reload on a quiet machine: returns when reloaded completes, when a request waits (the
     * browser needs more now), or after holdMs (a page that does not reload, a closed tab whose stream is not known
     * to be gone yet).
     */
    void hold(CompletableFuture<?> reloaded, long holdMs) {
        reloaded.whenComplete((v, e) -> {
            synchronized (this) {
                notifyAll();
            }
        });
        synchronized (this) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(holdMs);
            while (!reloaded.isDone() && waiting == 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

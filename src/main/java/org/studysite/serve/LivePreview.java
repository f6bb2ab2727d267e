package org.studysite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.studysite.pipeline.BuildOptions;
import org.studysite.pipeline.LiveSite;

/**
 * What {@code serve} runs: the live site, its HTTP server and the watcher that feeds edits into it. Each update is
 * handed to {@code report} (the terminal), which returns the error lines the browser overlay shows.
 */
public final class LivePreview implements AutoCloseable {
    private final LiveSite live;
    private final DevServer server;
    private volatile Watcher watcher;

    private LivePreview(LiveSite live, DevServer server) {
        this.live = live;
        this.server = server;
    }

    /** Builds the site once and starts serving it; a port in use throws {@link java.net.BindException}. */
    public static LivePreview start(BuildOptions options, String host, int port,
                                    Function<LiveSite.Update, List<String>> report) throws IOException {
        return start(options, host, port, report, p -> { });
    }

    /**
     * As above; {@code started} gets the preview before the first build, so a Ctrl-C during that build can close it
     * (and delete its temporary folder) instead of leaving the folder behind.
     */
    public static LivePreview start(BuildOptions options, String host, int port,
                                    Function<LiveSite.Update, List<String>> report,
                                    java.util.function.Consumer<LivePreview> started) throws IOException {
        LiveSite live = LiveSite.open(options);
        DevServer server;
        try {
            server = DevServer.start(live.dir(), host, port, live::awaitFresh);
        } catch (IOException e) {
            live.close();
            throw e;
        }
        LivePreview preview = new LivePreview(live, server);
        started.accept(preview);
        try {
            preview.publish(live.refresh(List.of(), false), report);
            if (!Files.exists(live.dir())) { // closed during the first build: nothing to watch for
                return preview;
            }
            Path content = options.content().toAbsolutePath().normalize();
            Path templates = options.templates() == null ? null : options.templates().toAbsolutePath().normalize();
            preview.watcher = new Watcher(templates == null ? List.of(content) : List.of(content, templates), batch -> {
                boolean templatesChanged = templates != null
                        && batch.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templates));
                preview.refresh(batch, templatesChanged, report);
            });
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /**
     * One batch of edits: the open pages are rendered first and told at once; the rest of what changed is made once
     * they show it (swapped in or reloaded) and announced when it is written (pages opened meanwhile wait for their file, see
     * LiveSite.awaitFresh).
     */
    private void refresh(Set<Path> batch, boolean templatesChanged, Function<LiveSite.Update, List<String>> report) {
        Set<String> early = new java.util.HashSet<>();
        LiveSite.Update u = live.refresh(batch, templatesChanged, server.openPages(), first -> {
            early.addAll(first.changed());
            return server.publishFirst(first.changed(), first.cssOnly());
        });
        List<String> errors = report.apply(u);
        Set<String> rest = new java.util.TreeSet<>(u.ok() ? u.changed() : Set.of());
        rest.removeAll(early);
        boolean cssOnly = !rest.isEmpty() && rest.stream().allMatch(p -> p.endsWith(".css"));
        server.publish(rest, u.ok() && cssOnly, errors);
    }

    private void publish(LiveSite.Update u, Function<LiveSite.Update, List<String>> report) {
        List<String> errors = report.apply(u);
        server.publish(u.ok() ? u.changed() : Set.of(), u.ok() && u.cssOnly(), errors);
    }

    /** The temporary folder the site is served from. */
    Path dir() {
        return live.dir();
    }

    public int port() {
        return server.port();
    }

    /** Stops watching and serving and deletes the temporary site. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // stopping anyway
        }
        server.close();
        live.close();
    }
}

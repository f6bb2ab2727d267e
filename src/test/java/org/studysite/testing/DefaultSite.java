package org.studysite.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.studysite.pipeline.BuildResult;

/**
 * The real default site: content/ built with the real pipeline (templates and assets from the classpath) into a
 * temporary folder and served under /repo/ on 127.0.0.1. For end-to-end browser tests that use it as a learner
 * would.
 */
public final class DefaultSite implements AutoCloseable {
    private final Path out;
    private final StaticServer server;
    private Path ownedTemp;

    private DefaultSite(Path out) {
        this.out = out;
        this.server = StaticServer.serve(out);
    }

    /** Builds content/ into tmp/site and serves it; fails the calling test if the build reports an error. */
    public static DefaultSite start(Path tmp) {
        Path out = tmp.resolve("site");
        BuildResult result = Sites.build(Path.of("content"), out);
        assertTrue(result.ok() && result.written(), () -> "default site does not build: " + result.diagnostics());
        return new DefaultSite(out);
    }

    /**
     * The default site for {@link BrowserExtension}: built once per test run into a temporary folder that is
     * deleted when the run ends.
     */
    static DefaultSite startShared() {
        try {
            Path tmp = java.nio.file.Files.createTempDirectory("studysite-default-site");
            DefaultSite site = start(tmp);
            site.ownedTemp = tmp;
            return site;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The built site's folder. */
    public Path out() {
        return out;
    }

    /** The URL of a page, path relative to the site root ("quizzes/experimentation.html"). */
    public String url(String path) {
        return server.base() + path;
    }

    /** Serves the files whose path matches only after millis (0: no delay); see {@link StaticServer#delay}. */
    public void delay(java.util.function.Predicate<String> paths, long millis) {
        server.delay(paths, millis);
    }

    @Override
    public void close() {
        server.close();
        if (ownedTemp != null) {
            Sites.delete(ownedTemp);
        }
    }
}

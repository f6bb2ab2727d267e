package org.studysite.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder on 127.0.0.1 under the sub-path /repo/ (like GitHub Pages serves a project site), so tests
 * catch links that only work from the domain root. Directories answer with their index.html; anything else
 * missing is a 404. Nothing is cached. {@link #delay} holds chosen files back, like a slow network does.
 */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String base;
    private volatile Predicate<String> slow = rel -> false;
    private volatile long slowMillis;

    private StaticServer(Path root) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", ex -> {
            String rel = ex.getRequestURI().getPath().substring("/repo/".length());
            if (slowMillis > 0 && slow.test(rel)) {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Path f = top.resolve(rel).normalize();
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            if (!f.startsWith(top) || !Files.isRegularFile(f)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] body = Files.readAllBytes(f);
            ex.getResponseHeaders().set("Content-Type", type(f.getFileName().toString()));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
    }

    /** Starts serving root; see {@link #base()}. */
    public static StaticServer serve(Path root) {
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * From now on answers the files whose path (relative to the root, e.g. "assets/js/quiz.js") matches only after
     * millis, the others at once; millis 0 turns it off.
     */
    public void delay(Predicate<String> paths, long millis) {
        slow = paths;
        slowMillis = millis;
    }

    /** The base URL, ending in /repo/. */
    public String base() {
        return base;
    }

    private static String type(String name) {
        return name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".json") ? "application/json" : "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

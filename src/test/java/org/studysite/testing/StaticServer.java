package org.studysite.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder on 127.0.0.1 under the sub-path /repo/ (like GitHub Pages serves a project site), so tests
 * catch links that only work from the domain root. Directories answer with their index.html; anything else
 * missing is a 404. Nothing is cached.
 */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    private final String base;

    private StaticServer(Path root) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", ex -> {
            String rel = ex.getRequestURI().getPath().substring("/repo/".length());
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
    }
}

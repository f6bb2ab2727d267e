package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.pipeline.BuildOptions;
import org.studysite.testing.Sites;

/** The dev server over plain HTTP: Host check, methods, traversal in its encoded forms, binding, leaks. */
class DevServerSecurityTest {
    @TempDir
    static Path tmp;
    static LivePreview preview;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        preview = LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", 0, u -> List.of());
        port = preview.port();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    /** A raw request, so the Host header and the path go out exactly as written. */
    static String request(String method, String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void servesPagesWithTheReloadScriptToLoopbackNames() throws IOException {
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port}) {
            String r = request("GET", "/", host);
            assertEquals(200, status(r), host);
            assertTrue(r.contains("<script src=\"/__studysite/live.js\" defer></script>"), "reload script added");
        }
        assertEquals(200, status(request("GET", "/__studysite/live.js", "127.0.0.1:" + port)));
        assertEquals(200, status(request("HEAD", "/guide/intro.html", "127.0.0.1:" + port)));
    }

    @Test
    void aForgedHostIsRefused() throws IOException {
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1:1", "localhost",
                "127.0.0.1.evil.example:" + port, ""}) {
            assertEquals(403, status(request("GET", "/", host)), host);
        }
    }

    @Test
    void onlyGetAndHeadWithoutCorsHeaders() throws IOException {
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"}) {
            String r = request(method, "/", "127.0.0.1:" + port);
            assertEquals(405, status(r), method);
        }
        String r = request("GET", "/", "127.0.0.1:" + port).toLowerCase();
        assertFalse(r.contains("access-control-"), "no CORS headers");
    }

    @Test
    void traversalInAnyFormIsNotFound() throws IOException {
        for (String path : new String[] {"/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt", "/guide/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt",
                "/guide\\..\\..\\secret.txt", "/index.html%00.txt", "//etc/passwd", "/%252e%252e/secret.txt"}) {
            String r = request("GET", path, "127.0.0.1:" + port);
            // A raw backslash is already refused (400) by the JDK's request parser, before the handler sees it.
            assertEquals(path.contains("\\") ? 400 : 404, status(r), path);
            assertFalse(r.contains("outside the site"), path);
        }
    }

    @Test
    void aSymlinkLeavingTheSiteIsNotFound() throws IOException {
        Path site = tmp.resolve("site-link-target");
        Files.createDirectories(site);
        Files.writeString(site.resolve("x.txt"), "outside the site");
        Path link = findSiteDir().resolve("escape");
        Files.createSymbolicLink(link, site);
        try {
            assertEquals(404, status(request("GET", "/escape/x.txt", "127.0.0.1:" + port)));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void bindsToLoopbackOnlyAndAPortInUseIsABindError() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertTrue(s.isConnected());
        }
        Path content = tmp.resolve("content");
        try {
            LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", port, u -> List.of()).close();
            throw new AssertionError("a second server on the same port started");
        } catch (BindException expected) {
            // the CLI turns this into a message and exit code 2
        }
    }

    @Test
    void aThousandRequestsLeaveNoThreadsOrFilesOpen() throws Exception {
        request("GET", "/", "127.0.0.1:" + port);
        long fdsBefore = openFiles();
        for (int i = 0; i < 1000; i++) {
            request(i % 2 == 0 ? "GET" : "HEAD", i % 3 == 0 ? "/missing.html" : "/guide/intro.html", "127.0.0.1:" + port);
        }
        Thread.sleep(6500); // the pool's idle threads end after 5 s
        long serveThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("serve-") && !t.getName().equals("serve-refresh")).count();
        assertEquals(0, serveThreads, "request threads left behind");
        assertTrue(openFiles() <= fdsBefore + 5, "open files before " + fdsBefore + ", after " + openFiles());
    }

    private static long openFiles() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    private static Path findSiteDir() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("studysite-serve-"))
                    .filter(p -> Files.exists(p.resolve("guide/intro.html")))
                    .findFirst().orElseThrow();
        }
    }
}

package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update's first part tells the open pages to reload; the server knows a page has reloaded when its stream reopens. */
class DevServerReloadTest {
    @TempDir
    Path site;

    /** Opens the event stream live.js opens for a page and reads its first message (the stream is registered). */
    private static Socket stream(int port, String page) throws IOException {
        return stream(port, page, new StringBuilder());
    }

    private static Socket stream(int port, String page, StringBuilder got) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.getOutputStream().write(("GET /__studysite/events?page=" + page + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = s.getInputStream();
        while (!got.toString().contains("}\n\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            got.append((char) c);
        }
        return s;
    }

    @Test
    void aChangedOpenPageHasReloadedWhenItsStreamOpensAgain() throws Exception {
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0);
             Socket a = stream(server.port(), "a.html");
             Socket b = stream(server.port(), "b.html")) {
            CompletableFuture<Void> reloaded = server.publishFirst(Set.of("a.html"), false);
            Thread.sleep(100);
            assertFalse(reloaded.isDone(), "done before the page reloaded");
            try (Socket other = stream(server.port(), "b.html")) { // a page that did not change
                Thread.sleep(100);
                assertFalse(reloaded.isDone(), "done when another page opened its stream");
            }
            try (Socket again = stream(server.port(), "a.html")) {
                reloaded.get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void nothingToWaitForWhenOnlyStylesChangedOrNoChangedPageIsOpen() throws Exception {
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0);
             Socket a = stream(server.port(), "a.html")) {
            assertTrue(server.publishFirst(Set.of("assets/css/site.css"), true).isDone());
            assertTrue(server.publishFirst(Set.of("c.html"), false).isDone());
            assertFalse(server.publishFirst(Set.of("a.html", "c.html"), false).isDone());
        }
    }

    @Test
    void aStreamIsToldOfItsOwnPageAndOfStylesheetsOnly() throws Exception {
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0)) {
            server.publish(new java.util.TreeSet<>(Set.of("a.html", "b.html", "search/d/0.js", "assets/css/site.css")),
                    false, java.util.List.of("a.md:1:1: error: x"), false);
            StringBuilder a = new StringBuilder();
            StringBuilder c = new StringBuilder();
            try (Socket sa = stream(server.port(), "a.html", a); Socket sc = stream(server.port(), "c.html", c)) {
                assertTrue(a.toString().contains("data: {\"version\":1,\"busy\":false,"
                        + "\"changed\":[\"a.html\",\"assets/css/site.css\"],\"css\":false,\"errors\":[\"a.md:1:1: error: x\"]}"), a.toString());
                assertTrue(c.toString().contains("\"changed\":[\"assets/css/site.css\"],"), c.toString());
            }
        }
    }
}

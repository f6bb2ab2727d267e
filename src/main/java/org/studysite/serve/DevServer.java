package org.studysite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.studysite.diag.Timings;

/**
 * The dev server's HTTP side: serves the live site's folder, adds the live-reload script to HTML pages, and pushes
 * each update to open pages over Server-Sent Events. Safe by default: GET and HEAD only, no CORS, Host header
 * checked against loopback names (DNS rebinding), and no path ever resolves outside the site folder.
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__studysite/";
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final String INJECT = "<link rel=\"stylesheet\" href=\"/__studysite/live.css\">"
            + "<script src=\"/__studysite/live.js\" defer></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"));

    private final HttpServer http;
    private final ExecutorService pool;
    private final Path site;
    private final Set<String> allowedHosts;
    /** Open event streams and the page each belongs to (site-relative, as live.js names it). */
    private final Map<OutputStream, String> streams = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.function.Consumer<String> awaitFresh;
    /** Pages told of their new version that do not show it yet (see publishFirst). */
    private final Map<String, CompletableFuture<Void>> reloading = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last update, as told to a stream opened since (see {@link Message}). */
    private volatile Message state = new Message(0, false, Set.of(), false, List.of());
    private final AtomicInteger version = new AtomicInteger();

    private DevServer(HttpServer http, ExecutorService pool, Path site, Set<String> allowedHosts,
                      java.util.function.Consumer<String> awaitFresh) {
        this.awaitFresh = awaitFresh;
        this.http = http;
        this.pool = pool;
        this.site = site;
        this.allowedHosts = allowedHosts;
    }

    /** Listens on host:port (port 0: any free port); a port in use throws {@link java.net.BindException}. */
    public static DevServer start(Path site, String host, int port) throws IOException {
        return start(site, host, port, path -> { });
    }

    /**
     * As {@link #start(Path, String, int)}; every request first passes its site-relative path to awaitFresh, which
     * returns once that file is up to date (the live site may still be rendering it).
     */
    public static DevServer start(Path site, String host, int port, java.util.function.Consumer<String> awaitFresh)
            throws IOException {
        InetAddress address = InetAddress.getByName(host);
        // The JDK server leaves Nagle's algorithm on: it sends a response's headers and its body in two writes, and
        // the browser's delayed ACK of the first holds the body back ~40 ms (measured on every reload's blocking
        // script and stylesheet). Read once, when the first server is made; a value the user set is kept.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
        // Each open event stream holds a thread: a growing pool, so streams never block page requests; idle
        // threads end after a few seconds, so requests leave none behind.
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(0, 256, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        int actual = http.getAddress().getPort();
        Set<String> hosts = new java.util.HashSet<>(Set.of("127.0.0.1:" + actual, "localhost:" + actual, "[::1]:" + actual));
        if (!address.isLoopbackAddress()) {
            hosts.add(host.toLowerCase(Locale.ROOT) + ":" + actual);
        }
        DevServer server = new DevServer(http, pool, site.toRealPath(), Set.copyOf(hosts), awaitFresh);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The pages open in a browser now, site-relative: a refresh renders them first. */
    public Set<String> openPages() {
        return Set.copyOf(streams.values());
    }

    /** Tells every open page what changed and which errors there are now (empty: none). */
    public void publish(Set<String> changed, boolean cssOnly, List<String> errors) {
        publish(changed, cssOnly, errors, false);
    }

    /**
     * The first part of an update, the open pages that changed (busy: the rest is still to be written). Returns what
     * completes when each of those pages that has a stream open shows its new version: swapped in place and drawn
     * (live.js then asks for /__studysite/shown), or reloaded (its event stream opened again, which live.js, the
     * last deferred script, does just before the page's DOMContentLoaded). A CSS-only change reloads nothing:
     * complete at once.
     */
    public CompletableFuture<Void> publishFirst(Set<String> changed, boolean cssOnly) {
        List<CompletableFuture<Void>> reloads = new java.util.ArrayList<>();
        if (!cssOnly) {
            for (String page : Set.copyOf(streams.values())) {
                if (changed.contains(page)) {
                    reloads.add(reloading.computeIfAbsent(page, p -> new CompletableFuture<>()));
                }
            }
        }
        publish(changed, cssOnly, List.of(), true);
        return CompletableFuture.allOf(reloads.toArray(CompletableFuture[]::new));
    }

    /** busy: the rest of this update is still being written (the benchmark waits for a message without it). */
    public void publish(Set<String> changed, boolean cssOnly, List<String> errors, boolean busy) {
        state = new Message(version.incrementAndGet(), busy, Set.copyOf(changed), cssOnly, List.copyOf(errors));
        for (Map.Entry<OutputStream, String> stream : streams.entrySet()) {
            send(stream.getKey(), state.to(stream.getValue()));
        }
        Timings.at("sse v" + version.get() + " busy=" + busy + " changed=" + changed.size() + " streams=" + streams.size());
    }

    /**
     * An update as a page's stream has it: of the changed files only the page itself and stylesheets, the ones
     * live.js acts on. A title edit on a site of 10,000 notes changes every page; told them all, each open page
     * would receive and search 600 KB per save, and a page opened after startup a list of every file (1 MB).
     */
    record Message(int version, boolean busy, Set<String> changed, boolean css, List<String> errors) {
        String to(String page) {
            StringBuilder sb = new StringBuilder("data: {\"version\":").append(version).append(",\"busy\":").append(busy)
                    .append(",\"changed\":");
            json(sb, changed.stream().filter(f -> f.equals(page) || f.endsWith(".css")).sorted().toList());
            sb.append(",\"css\":").append(css).append(",\"errors\":");
            json(sb, errors);
            return sb.append("}\n\n").toString();
        }
    }

    private void send(OutputStream out, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            streams.remove(out);
        }
    }

    private static void json(StringBuilder sb, java.util.Collection<String> items) {
        sb.append('[');
        boolean first = true;
        for (String s : items) {
            sb.append(first ? "\"" : ",\"");
            first = false;
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
        sb.append(']');
    }

    private void handle(HttpExchange ex) throws IOException {
        if (Timings.on()) {
            Timings.at("request " + ex.getRequestURI());
        }
        try (ex) {
            respond(ex);
        } finally {
            if (Timings.on()) {
                Timings.at("response " + ex.getRequestURI() + " " + ex.getResponseCode());
            }
        }
    }

    private void respond(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            send(ex, 403, "text/plain; charset=utf-8",
                    "this dev server answers only to its loopback address\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String raw = ex.getRequestURI().getRawPath();
        if (raw.equals(PREFIX + "events")) {
            events(ex);
            return;
        }
        if (raw.equals(PREFIX + "shown")) {
            shown(page(ex.getRequestURI().getRawQuery()));
            ex.sendResponseHeaders(204, -1);
            return;
        }
        if (raw.equals(PREFIX + "live.js") || raw.equals(PREFIX + "live.css")) {
            send(ex, 200, type(raw), resource(raw.substring(PREFIX.length())));
            return;
        }
        String requested = SafePath.requested(raw);
        if (requested != null) {
            long t = System.nanoTime();
            awaitFresh.accept(requested);
            if (Timings.on() && System.nanoTime() - t > 1_000_000) {
                Timings.at("waited " + (System.nanoTime() - t) / 1_000_000 + " ms for " + requested);
            }
        }
        Path file = SafePath.resolve(site, raw);
        if (file == null) {
            notFound(ex);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String type = type(file.getFileName().toString());
        send(ex, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        String page = page(ex.getRequestURI().getRawQuery());
        // Registered first, so no update is missed between the state written here and the next broadcast.
        streams.put(out, page);
        synchronized (out) {
            out.write(("retry: 300\n" + state.to(page)).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        shown(page);
        // Held open until the page goes away: a heartbeat every few seconds finds closed streams.
        try {
            while (streams.containsKey(out)) {
                Thread.sleep(5000);
                send(out, ":\n\n"); // a closed stream is removed, which ends the loop
            }
        } catch (InterruptedException e) {
            streams.remove(out);
        }
    }

    /**
     * The page shows its new version: reloaded (its event stream opened again) or swapped in place (live.js then
     * asks for /__studysite/shown).
     */
    private void shown(String page) {
        CompletableFuture<Void> reloaded = reloading.remove(page);
        if (reloaded != null) {
            reloaded.complete(null);
        }
    }

    /** The page= parameter live.js sends: the path of the page the stream belongs to ("" if none). */
    private static String page(String rawQuery) {
        if (rawQuery != null) {
            for (String part : rawQuery.split("&")) {
                if (part.startsWith("page=")) {
                    return java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = site.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? inject(Files.readAllBytes(page))
                : "not found\n".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, Files.isRegularFile(page) ? TYPES.get("html") : TYPES.get("txt"), body);
    }

    /** The live-reload script and overlay style, before </head>: served pages only, never the built files. */
    private byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        // The version the page was served at: an update published before its event stream opened still reloads it.
        // The hash of the file: live.js keeps a copy of the page as served to swap the next version in, and keeps
        // it only if it is the file the page shows (a file is written before the update naming it is published).
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(html);
        String inject = "<meta name=\"studysite-live\" content=\"" + version.get() + "\" data-hash=\""
                + Long.toHexString(crc.getValue()) + "\">" + INJECT;
        int at = s.indexOf("</head>");
        return (at < 0 ? s + inject : s.substring(0, at) + inject + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream("/serve/" + name)) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        streams.keySet().forEach(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // the page went away already
            }
        });
        streams.clear();
        http.stop(0);
        pool.shutdownNow();
    }

    static URI address(String host, int port) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    }
}

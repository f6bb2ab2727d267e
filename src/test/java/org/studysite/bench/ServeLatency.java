package org.studysite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.testing.Browser;

/**
 * The live-preview benchmark (bench/serve-latency.sh): starts {@code java -jar target/studysite.jar serve} on a
 * generated corpus as a user would, opens a page in headless Chromium, saves its file again and again, and
 * measures from the moment each save returns until the open page shows the new text: swapped in and drawn, or for
 * a page that reloads, the new document's DOMContentLoaded; on the browser's clock (the same wall clock as ours),
 * so polling from here adds nothing to the figure. Edits: a paragraph added to a note's body, a note's title (every sidebar changes), a quiz's
 * title (its page, the quiz index, exams, progress, review and the notes it relates to).
 *
 * <p>Usage: ServeLatency CORPUS EDITS [MEMORY_EDITS]; EDITS 0 times only the cold build and serve's startup. The
 * corpus is gen_corpus.py's; its quiz files are first rewritten into this project's quiz format. With MEMORY_EDITS, that many more body edits follow and the serve
 * process's live heap after a full GC is read with jcmd GC.class_histogram.
 */
public final class ServeLatency {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * SERVE_LOG=FILE: serve's stderr goes there (with STUDYSITE_TIMINGS=1, its time stamped steps), and so do this
     * benchmark's own saves and the page's DOMContentLoaded, on the same wall clock.
     */
    private static final Path LOG = System.getenv("SERVE_LOG") == null ? null : Path.of(System.getenv("SERVE_LOG"));

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int edits = Integer.parseInt(args[1]);
        int memoryEdits = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        convertQuizzes(corpus);
        Path note = firstNote(corpus);
        String noteUrl = corpus.relativize(note.getParent()) + "/" + frontMatter(note, "id") + ".html";
        Path quiz = corpus.resolve("quizzes/quiz-0001.json");

        long buildMs = coldBuild(corpus);
        long started = System.nanoTime();
        Process serve = new ProcessBuilder("java", "-jar", "target/studysite.jar", "serve", "--content",
                corpus.toString(), "--port", "0").redirectError(LOG == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String base = out.readLine();
        long startupMs = (System.nanoTime() - started) / 1_000_000;
        Thread drain = new Thread(() -> {
            try {
                out.lines().forEach(l -> { });
            } catch (java.io.UncheckedIOException closed) {
                // serve was stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
        if (base == null || !base.matches("http://127\\.0\\.0\\.1:\\d+/")) {
            throw new IllegalStateException("serve's first line is not its address: " + base);
        }
        System.out.printf(Locale.ROOT, "corpus %s: cold build %d ms, serve startup (first line) %d ms%n",
                corpus.getFileName(), buildMs, startupMs);
        if (edits == 0) { // EDITS=0: the cold build and serve's startup only
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            return;
        }
        ChromeDriver driver = Browser.start(true);
        try {
            String text = Files.readString(note);
            report("body edit", measure(driver, base + noteUrl, edits, i -> {
                String marker = "Saved paragraph " + i + " " + System.nanoTime();
                return new Edit(note, text + "\n" + marker + "\n", marker);
            }));
            report("title edit", measure(driver, base + noteUrl, edits, i -> {
                String marker = "Retitled " + i + " " + System.nanoTime();
                return new Edit(note, text.replaceFirst("\ntitle: [^\n]*", "\ntitle: \"" + marker + "\""), marker);
            }));
            String quizText = Files.readString(quiz);
            report("quiz edit", measure(driver, base + "quizzes/quiz-0001.html", edits, i -> {
                String marker = "Quiz retitled " + i + " " + System.nanoTime();
                return new Edit(quiz, quizText.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"" + marker + "\""), marker);
            }));
            if (memoryEdits > 0) {
                List<Long> more = measure(driver, base + noteUrl, memoryEdits, i -> {
                    String marker = "Memory paragraph " + i + " " + System.nanoTime();
                    return new Edit(note, text + "\n" + marker + "\n", marker);
                });
                report("body edit (memory run)", more);
                System.out.println("heap after full GC, after " + (3 * edits + memoryEdits) + " edits: " + heapAfterGc(serve));
            }
            Files.writeString(note, text);
            Files.writeString(quiz, quizText);
        } finally {
            driver.quit();
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private record Edit(Path file, String text, String marker) {
    }

    /**
     * Milliseconds from each save to the open page showing the new text. live.js swaps a note in place (no new
     * document): a MutationObserver set up before the save sees the text arrive, and the time taken is that of the
     * first task after the next frame (the new text drawn). A page it reloads instead (a quiz page) is timed at the
     * new document's DOMContentLoaded, as before swaps were made. Prints how many of the n were swapped.
     */
    private static List<Long> measure(ChromeDriver driver, String url, int n, Function<Integer, Edit> edit)
            throws Exception {
        driver.get(url);
        awaitConnected(driver);
        awaitSwapReady(driver);
        List<Long> times = new ArrayList<>();
        int swapped = 0;
        for (int i = 0; i < n; i++) {
            Edit e = edit.apply(i);
            driver.executeScript("""
                    const marker = arguments[0];
                    window.__benchArmed = true;
                    window.__benchShown = null;
                    const seen = new MutationObserver(() => {
                      if (!document.documentElement.textContent.includes(marker)) return;
                      seen.disconnect();
                      requestAnimationFrame(() => setTimeout(() => {
                        window.__benchShown = performance.timeOrigin + performance.now();
                      }));
                    });
                    seen.observe(document, { childList: true, subtree: true, characterData: true });
                    """, e.marker());
            Files.writeString(e.file(), e.text());
            long saved = System.currentTimeMillis();
            log("@" + saved + " bench saved " + e.file().getFileName());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            List<?> shown = null;
            while (shown == null && System.nanoTime() < deadline) {
                shown = (List<?>) driver.executeScript("""
                        if (window.__benchArmed) return window.__benchShown ? [window.__benchShown, 'swap'] : null;
                        if (document.readyState === 'loading' || !document.documentElement.textContent.includes(arguments[0])) return null;
                        const nav = performance.getEntriesByType('navigation')[0];
                        return nav && nav.domContentLoadedEventEnd > 0 ? [performance.timeOrigin + nav.domContentLoadedEventEnd, 'reload'] : null;
                        """, e.marker());
                if (shown == null) {
                    Thread.sleep(2);
                }
            }
            if (shown == null) {
                throw new IllegalStateException("the page did not show the edit within 60 s: " + url);
            }
            long at = Math.round(((Number) shown.get(0)).doubleValue());
            boolean swap = "swap".equals(shown.get(1));
            swapped += swap ? 1 : 0;
            log("@" + at + " bench " + (swap ? "swapped in and drawn" : "DOMContentLoaded") + " (" + (at - saved)
                    + " ms)\n" + (swap ? "" : resourceTimings(driver)));
            times.add(at - saved);
            awaitConnected(driver);
            awaitIdle(driver);
            if (!swap) {
                awaitSwapReady(driver);
            }
        }
        System.out.printf(Locale.ROOT, "  (%d of %d swapped in place, the others reloaded)%n", swapped, n);
        return times;
    }

    /**
     * A loaded page is swapped on the next edit once live.js holds its copy of the page as served (fetched after
     * load); a page it will always reload (a quiz page) never gets there: a short wait, then on.
     */
    private static void awaitSwapReady(ChromeDriver driver) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!"ready".equals(driver.executeScript("return document.documentElement.dataset.studysiteSwap"))
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void log(String line) throws IOException {
        if (LOG != null) {
            Files.writeString(LOG, line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** The reloaded page's navigation and resources, each as start, response start and end on the wall clock. */
    private static String resourceTimings(ChromeDriver driver) {
        if (LOG == null) {
            return "";
        }
        return String.valueOf(driver.executeScript("""
                const o = performance.timeOrigin, r = x => Math.round(o + x);
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .map(e => '@' + r(e.startTime) + ' bench  ' + e.name.replace(/^https?:\\/\\/[^/]+/, '')
                    + ' requestStart ' + r(e.requestStart) + ' responseStart ' + r(e.responseStart)
                    + ' end ' + r(e.responseEnd) + (e.domContentLoadedEventEnd ? ' dcl ' + r(e.domContentLoadedEventEnd) : ''))
                  .join('\\n');
                """));
    }

    /** The reloaded page has its event stream open again (the next save must reach it). */
    private static void awaitConnected(ChromeDriver driver) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"connected".equals(driver.executeScript("return document.documentElement.dataset.studysiteLive"))
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /**
     * The server finished the rest of the refresh (other pages, A–Z pages, search index): its last message reached
     * the page. Each edit is then measured alone, as saves a few seconds apart would be; then a short pause.
     */
    private static void awaitIdle(ChromeDriver driver) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Boolean.TRUE.equals(driver.executeScript("""
                return document.documentElement.dataset.studysiteBusy === 'false';
                """)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    private static void report(String kind, List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-24s n=%-3d p50 %5d ms   p95 %5d ms   max %5d ms   all %s%n", kind,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1), times);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static long coldBuild(Path corpus) throws Exception {
        Path out = Files.createTempDirectory("serve-latency-build-");
        long t = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", "target/studysite.jar", "build", "--content", corpus.toString(),
                "--out", out.resolve("site").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the corpus does not build (exit " + p.exitValue() + ")");
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return ms;
    }

    /**
     * The serve process's live heap after a full GC, in the JVM that serves: GC.class_histogram runs a full GC first
     * and totals every live object, whatever the collector (GC.heap_info's first "used" line is only the young
     * generation of the serial collector).
     */
    private static String heapAfterGc(Process serve) throws Exception {
        // java -jar re-runs itself in a child JVM tuned for the job: the child is the server.
        long pid = serve.descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).findFirst()
                .orElse(serve.pid());
        String total = jcmd(pid, "GC.class_histogram").lines().filter(l -> l.startsWith("Total")).findFirst()
                .orElse(null);
        if (total == null) {
            return "? (pid " + pid + ")";
        }
        String[] cols = total.trim().split("\\s+");
        long bytes = Long.parseLong(cols[cols.length - 1]);
        return String.format(Locale.ROOT, "%.1f MiB live in %s objects (pid %d)", bytes / 1048576.0, cols[1], pid);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    /** The first note of the corpus in file order (not an index note). */
    private static Path firstNote(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.getFileName().toString().matches("n\\d+-.*\\.md")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private static String frontMatter(Path note, String field) throws IOException {
        return Files.readString(note).lines().filter(l -> l.startsWith(field + ": ")).findFirst().orElseThrow()
                .substring(field.length() + 2).strip();
    }

    /**
     * gen_corpus.py writes quizzes in a format of its own ({"question", "answer": 0, "note"}); this project's is
     * {"prompt", "answer": "A", "related"}, with question ids unique across the site. Files already converted stay.
     */
    static void convertQuizzes(Path corpus) throws IOException {
        Path dir = corpus.resolve("quizzes");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode quiz = (ObjectNode) JSON.readTree(f.toFile());
                if (!quiz.has("note")) {
                    continue;
                }
                Path target = corpus.resolve(quiz.remove("note").asText());
                String folder = corpus.relativize(target.getParent()).toString().replace('\\', '/');
                quiz.putArray("related").add(folder + "/" + frontMatter(target, "id"));
                for (var q : (ArrayNode) quiz.get("questions")) {
                    ObjectNode question = (ObjectNode) q;
                    question.put("id", quiz.get("id").asText() + "-" + question.get("id").asText());
                    question.set("prompt", question.remove("question"));
                    question.put("answer", String.valueOf((char) ('A' + question.remove("answer").asInt())));
                }
                Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(quiz) + "\n");
            }
        }
    }
}

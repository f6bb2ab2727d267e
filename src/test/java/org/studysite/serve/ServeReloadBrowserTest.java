package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildOptions;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.Sites;

/**
 * How an open page takes an edit under serve, in real Chromium: a note edit is swapped in where the reader was (the
 * scroll position kept, no reload; ServeSwapBrowserTest holds the result to a fresh load), a page whose scripts hold
 * state (a quiz) reloads where the reader was, a stylesheet-only edit swaps the stylesheet in place without a reload.
 */
@BrowserTest
class ServeReloadBrowserTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static LivePreview preview;
    static Path content;
    static Path templates;

    @BeforeAll
    static void start(ChromeDriver chrome) throws IOException {
        driver = chrome;
        content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        templates = Files.createDirectories(tmp.resolve("templates/assets/css"));
        preview = LivePreview.start(new BuildOptions(content, null, null, true, tmp.resolve("templates")),
                "127.0.0.1", 0,
                u -> u.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static void open(String path) {
        Browser.viewport(driver, 1280, 700);
        driver.get("http://127.0.0.1:" + preview.port() + "/" + path);
        waitFor(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-studysite-live")));
        // A page that reloads loses this; one that was only restyled keeps it.
        driver.executeScript("window.sameDocument = true");
    }

    private static <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    @Test
    void aNoteEditIsSwappedInWhereTheReaderWas() {
        open("domains/deployment.html");
        waitFor(d -> "ready".equals(js("return document.documentElement.dataset.studysiteSwap")));
        long before = scrollTo(1500);
        Path note = content.resolve("domains/deployment.md");
        Sites.write(note, Sites.read(note) + "\nA closing sentence saved while reading.\n");
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("A closing sentence saved while reading."));
        assertEquals(Boolean.TRUE, js("return window.sameDocument"), "swapped in place, not reloaded");
        assertEquals(before, ((Number) js("return Math.round(window.scrollY)")).longValue());
    }

    @Test
    void aQuizPageReloadsWhereTheReaderWas() {
        open("quizzes/mlops.html");
        long before = scrollTo(1500);
        Path quiz = content.resolve("quizzes/mlops.json");
        Sites.write(quiz, Sites.read(quiz).replaceFirst("\"title\": \"ML Operations \\(MLOps\\)\"",
                "\"title\": \"MLOps, edited while reading\""));
        waitFor(d -> d.findElement(By.tagName("h1")).getText().contains("MLOps, edited while reading"));
        assertEquals(null, js("return window.sameDocument"), "quiz.js holds the page's state: reloaded");
        // Restored to 1500; then quiz.js shows its sticky bar above the form and the browser's scroll anchoring keeps
        // the same questions in view (about 100 px further down).
        waitFor(d -> Math.abs(((Number) js("return Math.round(window.scrollY)")).longValue() - before) < 200);
    }

    private static long scrollTo(int y) {
        js("window.scrollTo(0, " + y + ")");
        long at = ((Number) js("return Math.round(window.scrollY)")).longValue();
        assertEquals(y, at, "the page is long enough to scroll");
        return at;
    }

    @Test
    void aStylesheetEditIsSwappedInWithoutAReload() throws IOException {
        open("domains/mlops.html");
        String bundled;
        try (InputStream in = ServeReloadBrowserTest.class.getResourceAsStream("/assets/css/site.css")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path css = templates.resolve("site.css");
        Files.writeString(css, bundled + "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");
        waitFor(d -> "7px".equals(js("return getComputedStyle(document.body).outlineWidth")));
        assertEquals(Boolean.TRUE, js("return window.sameDocument"), "restyled in place, not reloaded");
        assertTrue(((String) js("return document.querySelector('link[href*=\"site.css\"]').href")).contains("live="),
                "the stylesheet link was swapped");
        Files.delete(css);
        waitFor(d -> "none".equals(js("return getComputedStyle(document.body).outlineStyle")));
        assertEquals(Boolean.TRUE, js("return window.sameDocument"));
    }
}

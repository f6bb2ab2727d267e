package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.studysite.testing.BrowserTest;
import org.studysite.testing.Sites;

/** serve in real Chromium: edits on disk reach the open page with no navigation from the test. */
@BrowserTest
class ServeBrowserTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static LivePreview preview;
    static Path content;

    @BeforeAll
    static void start(ChromeDriver chrome) throws IOException {
        driver = chrome;
        content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        preview = LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", 0,
                u -> u.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static void open(String path) {
        driver.get("http://127.0.0.1:" + preview.port() + "/" + path);
        // The event stream is open once the page has its first message; only then is an edit sure to reach it.
        waitFor(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-studysite-live")));
    }

    private static <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition); // pages reload under it
    }

    private static String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Test
    void anEditOnDiskShowsInTheOpenPage() {
        open("domains/mlops.html");
        Path note = content.resolve("domains/mlops.md");
        Sites.write(note, Sites.read(note) + "\nA sentence saved just now.\n");
        waitFor(d -> body().contains("A sentence saved just now."));
    }

    @Test
    void aBrokenLinkShowsTheOverlayWithFileAndLineAndTheFixClearsIt() {
        open("domains/deployment.html");
        Path note = content.resolve("domains/deployment.md");
        String before = Sites.read(note);
        Sites.write(note, before + "\nSee [nowhere](no-such-note.md).\n");
        int line = (int) (before + "\nSee").lines().count();
        String overlay = waitFor(d -> {
            var boxes = d.findElements(By.id("studysite-live-errors"));
            return boxes.isEmpty() ? null : boxes.get(0).getText();
        });
        assertTrue(overlay.contains("domains/deployment.md:" + line + ":"), overlay);
        Sites.write(note, before);
        waitFor(d -> d.findElements(By.id("studysite-live-errors")).isEmpty());
    }

    @Test
    void aQuizEditUpdatesTheQuizPage() {
        open("quizzes/mlops.html");
        Path quiz = content.resolve("quizzes/mlops.json");
        Sites.write(quiz, Sites.read(quiz).replaceFirst("\"title\": \"ML Operations \\(MLOps\\)\"",
                "\"title\": \"MLOps, edited\""));
        waitFor(d -> driver.findElement(By.tagName("h1")).getText().contains("MLOps, edited"));
    }

    @Test
    void aNewNoteAppearsInTheSidebarAndADeletedOneIsNotFound() throws IOException {
        open("domains/mlops.html");
        Path added = content.resolve("domains/zz-added.md");
        Sites.write(added, "# A note added while serving\n\nHello.\n");
        waitFor(d -> driver.findElement(By.id("site-nav")).getText().contains("A note added while serving"));
        open("domains/zz-added.html");
        Files.delete(added);
        waitFor(d -> driver.getTitle().contains("Page not found"));
        assertEquals(404, DevServerSecurityTestStatus.of(preview.port(), "/domains/zz-added.html"));
    }

    /** The status of a plain GET. */
    static final class DevServerSecurityTestStatus {
        static int of(int port, String path) throws IOException {
            var c = (java.net.HttpURLConnection) java.net.URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        }
    }
}

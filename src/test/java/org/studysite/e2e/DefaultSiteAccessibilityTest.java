package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Axe;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;

/**
 * axe-core on the real default site, every page kind and the states a learner sees (answers closed and open, a
 * submitted quiz, an exam before, during and after an attempt, dashboards with and without saved progress), at a
 * desktop (1280 px) and a phone (390 px) width, on the phone also with the menu open. Zero violations allowed.
 */
@BrowserTest
class DefaultSiteAccessibilityTest {
    private static final int[] WIDTHS = {1280, 390};

    static DefaultSite site;
    static ChromeDriver driver;

    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) {
        site = shared;
        driver = chrome;
    }


    @BeforeEach
    void clearStorage() {
        Browser.startClean(driver, site);
    }

    @AfterEach
    void noViolations() {
        assertTrue(problems.isEmpty(), () -> "accessibility violations:\n" + String.join("\n", problems));
    }

    private void open(String path, int width) {
        Browser.viewport(driver, width, 900);
        driver.get(site.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete'"
                        + " && [...document.querySelectorAll('pre.mermaid')].every((p) => p.querySelector('svg'))")));
    }

    private void scan(String state) {
        for (Axe.Violation v : Axe.run(driver)) {
            problems.add("  " + state + ": " + v);
        }
    }

    /** Scans the page open now; on a phone also with the menu opened the way its link opens it (#site-nav). */
    private void scanWithMenu(String path, int width, String state) {
        scan(path + " @" + width + " " + state);
        if (width < 600) {
            for (String e : Browser.overflowingX(driver)) {
                problems.add("  " + path + " @" + width + " " + state + ": wider than the screen: " + e);
            }
        }
        if (width < 600 && !driver.findElements(By.id("site-nav")).isEmpty()) {
            driver.findElement(By.cssSelector(".menu-link")).click();
            assertTrue(driver.findElement(By.id("site-nav")).isDisplayed(), "the menu opens on a phone: " + path);
            assertEquals(Boolean.TRUE, driver.executeScript("const r = document.getElementById('site-nav').getBoundingClientRect();"
                    + " return r.top <= 0 && r.bottom >= innerHeight && r.left <= 0 && r.right >= document.documentElement.clientWidth"),
                    "the open menu covers the whole screen, not just its links' height: " + path);
            scan(path + " @" + width + " " + state + ", menu open");
            driver.findElement(By.cssSelector("#site-nav .close-link")).click();
            assertTrue(!driver.findElement(By.id("site-nav")).isDisplayed(), "the menu closes: " + path);
        }
    }

    @Test
    void darkColourScheme() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String path : List.of("index.html", "domains/feature-engineering.html", "quizzes/experimentation.html",
                    "exams/ml-professional.html", "progress.html")) {
                open(path, 1280);
                assertTrue("rgb(15, 18, 23)".equals(driver.executeScript(
                        "return getComputedStyle(document.body).backgroundColor")), "dark scheme applied: " + path);
                driver.findElements(By.cssSelector("details.answer")).forEach(d ->
                        driver.executeScript("arguments[0].open = true", d));
                scan(path + " dark");
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }

    @Test
    void contentPages() {
        for (String path : List.of("index.html", "domains/feature-engineering.html", "reference/exam-checklist.html",
                "quizzes/index.html", "paths.html", "404.html", "flashcards/experimentation.html")) {
            for (int width : WIDTHS) {
                open(path, width);
                scanWithMenu(path, width, "");
            }
        }
    }

    @Test
    void quizPage() {
        String path = "quizzes/experimentation.html";
        for (int width : WIDTHS) {
            driver.executeScript("localStorage.clear()");
            open(path, width);
            scanWithMenu(path, width, "answers closed");
            driver.executeScript("document.querySelectorAll('details.answer').forEach((d) => { d.open = true; })");
            scan(path + " @" + width + " every answer open");
            driver.executeScript("document.querySelectorAll('details.answer').forEach((d) => { d.open = false; })");
            driver.findElement(By.cssSelector(".q-option input")).click();
            driver.findElement(By.cssSelector(".q-check")).click();
            scan(path + " @" + width + " one question checked");
            driver.findElement(By.cssSelector(".quiz-submit")).click();
            assertTrue(driver.findElement(By.cssSelector("dialog.quiz-confirm")).isDisplayed(), "9 unanswered: asks first");
            scan(path + " @" + width + " submit confirmation dialog");
            driver.findElement(By.cssSelector(".quiz-confirm-submit")).click();
            assertTrue(driver.findElement(By.cssSelector(".quiz-results")).isDisplayed());
            scanWithMenu(path, width, "submitted, results shown");
            open(path, width);
            scan(path + " @" + width + " reloaded with the last attempt");
        }
    }

    @Test
    void examPage() {
        String path = "exams/ml-professional.html";
        for (int width : WIDTHS) {
            driver.executeScript("localStorage.clear()");
            open(path, width);
            scanWithMenu(path, width, "before start");
            driver.findElement(By.cssSelector(".exam-start-btn")).click();
            driver.findElement(By.cssSelector(".exam-q .q-option input")).click();
            driver.findElement(By.cssSelector(".exam-flag")).click();
            driver.findElement(By.cssSelector(".exam-next")).click();
            scanWithMenu(path, width, "during an attempt");
            driver.findElement(By.cssSelector(".exam-submit")).click();
            scan(path + " @" + width + " confirmation dialog");
            driver.findElement(By.cssSelector(".exam-confirm-submit")).click();
            assertTrue(driver.findElement(By.cssSelector(".exam-result")).isDisplayed());
            scan(path + " @" + width + " result shown");
        }
    }

    @Test
    void dashboards() {
        for (int width : WIDTHS) {
            driver.executeScript("localStorage.clear()");
            for (String path : List.of("progress.html", "review.html", "paths.html")) {
                open(path, width);
                scanWithMenu(path, width, "no saved progress");
            }
            // Some progress: a quiz submitted with a few answers (misses go to the review queue) and an exam taken.
            open("quizzes/experimentation.html", width);
            driver.findElements(By.cssSelector("fieldset.question")).stream().limit(4)
                    .forEach(fs -> fs.findElement(By.cssSelector(".q-option input")).click());
            driver.findElement(By.cssSelector(".quiz-submit")).click();
            driver.findElement(By.cssSelector(".quiz-confirm-submit")).click();
            open("exams/ml-professional.html", width);
            driver.findElement(By.cssSelector(".exam-start-btn")).click();
            driver.findElement(By.cssSelector(".exam-q .q-option input")).click();
            driver.findElement(By.cssSelector(".exam-submit")).click();
            driver.findElement(By.cssSelector(".exam-confirm-submit")).click();
            for (String path : List.of("progress.html", "review.html", "paths.html")) {
                open(path, width);
                scanWithMenu(path, width, "with saved progress");
            }
        }
    }
}

package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;

/**
 * Nothing on the page jumps when the deferred scripts run (Lighthouse's Cumulative Layout Shift): the first frame
 * is drawn before they arrive, so the server here holds every script but boot.js back for a while, as a slow phone
 * network does, and the browser's own layout-shift record must stay empty. Jumps seen before: the contents block
 * folding on a phone, the copy buttons pushing code down, "Not tried yet" lines on the quiz index and the dashboards
 * filling in above their buttons and the footer.
 */
@BrowserTest
class DefaultSiteLayoutStabilityTest {
    /** Held back long enough that the page is drawn well before the scripts run. */
    private static final long SCRIPT_DELAY_MS = 700;

    static DefaultSite site;
    static ChromeDriver driver;

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) {
        site = shared;
        site.delay(p -> p.startsWith("assets/js/") && !p.endsWith("/boot.js"), SCRIPT_DELAY_MS);
        driver = chrome;
    }

    /** The site is shared with the other browser tests: serve its scripts at full speed again. */
    @AfterAll
    static void serveScriptsAtFullSpeed() {
        site.delay(p -> false, 0);
    }


    /** Sum of the layout shifts recorded since the page started loading, with what moved. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> shifts(String path, int width) {
        Browser.viewport(driver, width, width < 600 ? 844 : 900);
        driver.get(site.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete'")));
        return (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let sum = 0;
                const moved = [];
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries()) {
                    if (e.hadRecentInput) continue;
                    sum += e.value;
                    for (const s of e.sources || []) {
                      const n = s.node;
                      moved.push(n ? n.nodeName.toLowerCase() + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().replace(/\\s+/g, '.') : '') : '?');
                    }
                  }
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => done({ sum, moved }), 300);
                """);
    }

    @Test
    void nothingJumpsWhenTheScriptsRun() {
        driver.get(site.url("404.html"));
        driver.executeScript("localStorage.clear()");
        List<String> problems = new ArrayList<>();
        record Case(String path, int width) {
        }
        List<Case> cases = List.of(new Case("index.html", 390), new Case("experimentation/delta-lake.html", 390),
                new Case("domains/feature-engineering.html", 390), new Case("quizzes/index.html", 390),
                new Case("quizzes/index.html", 1280), new Case("quizzes/experimentation.html", 390),
                new Case("exams/ml-professional.html", 390), new Case("progress.html", 390),
                new Case("progress.html", 1280), new Case("review.html", 390), new Case("review.html", 1280),
                new Case("paths.html", 390));
        for (Case c : cases) {
            Map<String, Object> r = shifts(c.path(), c.width());
            double sum = ((Number) r.get("sum")).doubleValue();
            if (sum > 0.005) {
                problems.add(c.path() + " @" + c.width() + ": layout shift " + sum + " moving " + r.get("moved"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePhoneContentsStartFoldedAndStillOpen() {
        Browser.viewport(driver, 390, 844);
        driver.get(site.url("experimentation/delta-lake.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete'")));
        var toc = driver.findElement(By.cssSelector("details.toc"));
        assertEquals(null, toc.getDomAttribute("open"), "folded on a phone");
        assertTrue(!toc.findElement(By.cssSelector("ul")).isDisplayed());
        toc.findElement(By.tagName("summary")).click();
        assertTrue(toc.findElement(By.cssSelector("ul")).isDisplayed(), "opens on a tap");
        assertTrue(driver.findElement(By.cssSelector(".code-block .copy-button")).isDisplayed(), "copy buttons shown");

        Browser.viewport(driver, 1280, 900);
        driver.get(site.url("experimentation/delta-lake.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete'")));
        assertTrue(driver.findElement(By.cssSelector("details.toc ul")).isDisplayed(), "open beside the text on a desktop");
    }
}

package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;

/** Notes as a learner uses them: ticking the checklist and marking a note read, both remembered. */
@BrowserTest
class DefaultSiteNotesTest {
    static DefaultSite site;
    static ChromeDriver driver;

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) {
        site = shared;
        driver = chrome;
    }


    private void open(String path) {
        driver.get(site.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("button.note-read")).isEmpty());
    }

    @Test
    void checklistTicksAndReadMarksSurviveAReloadAndReachTheDashboard() {
        open("reference/exam-checklist.html");
        List<WebElement> boxes = driver.findElements(By.cssSelector(".task-list-item input[type=checkbox]"));
        assertTrue(boxes.size() > 20, "checklist items: " + boxes.size());
        assertTrue(boxes.get(0).isEnabled(), "script makes the boxes tickable");
        Browser.click(driver, boxes.get(0));
        Browser.click(driver, boxes.get(2));
        WebElement read = driver.findElement(By.cssSelector("button.note-read"));
        Browser.click(driver, read);
        assertEquals("true", read.getDomAttribute("aria-pressed"));

        open("reference/exam-checklist.html");
        boxes = driver.findElements(By.cssSelector(".task-list-item input[type=checkbox]"));
        assertTrue(boxes.get(0).isSelected() && !boxes.get(1).isSelected() && boxes.get(2).isSelected());
        assertEquals("Marked as read", driver.findElement(By.cssSelector("button.note-read")).getText());

        driver.get(site.url("progress.html"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("progress")).getText()
                .contains("Notes marked read: 1 of "));
    }

    @Test
    void copyingCodeIsAnnouncedToScreenReaders() {
        open("experimentation/delta-lake.html");
        driver.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        // The copy status, not the header search box's status region, which comes first in the page and
        // stays silent (matching the first p.visually-hidden[role=status] is what made this test fail).
        WebElement status = driver.findElement(By.cssSelector("main p.copy-status[role=status]"));
        WebElement searchStatus = driver.findElement(By.cssSelector(".site-search [role=status]"));
        assertEquals("", status.getText());
        Browser.click(driver, driver.findElement(By.cssSelector(".code-block .copy-button")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !status.getDomProperty("textContent").isEmpty());
        assertEquals("Code copied to clipboard", status.getDomProperty("textContent"));
        assertEquals("", searchStatus.getDomProperty("textContent"));
        assertEquals("Copied", driver.findElement(By.cssSelector(".code-block .copy-button")).getText());
    }

    /**
     * The mermaid note: with JavaScript the diagram is drawn and centred; without, its source reads as code,
     * left-aligned (it used to be centred line by line, which made the flowchart source hard to read).
     */
    @Test
    void aDiagramIsCentredAndItsSourceWithoutJavaScriptIsNot() {
        driver.get(site.url("domains/feature-engineering.html"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("pre.mermaid svg")).isEmpty());
        assertEquals("center", driver.executeScript("return getComputedStyle(document.querySelector('pre.mermaid')).textAlign"));
        Browser.withoutJavaScript(driver, () -> {
            ChromeDriver plain = driver;
            plain.get(site.url("domains/feature-engineering.html"));
            WebElement source = plain.findElement(By.cssSelector("pre.mermaid"));
            assertTrue(source.getText().startsWith("flowchart"), source.getText());
            assertTrue(List.of("left", "start").contains(source.getCssValue("text-align")), source.getCssValue("text-align"));
        });
    }
}

package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Axe;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.Sites;
import org.studysite.testing.StaticServer;

/**
 * A flashcard session in Chromium on the flashcard fixture (three cards), built by the real pipeline: flipping
 * with Space, Enter and a click, "Knew it" and "Didn't" counted on the page and moving each card between the
 * Leitner boxes in the store, a second round with the missed card, at a desktop and a phone width; axe on every
 * state; and the same page without JavaScript, where each card is a details element.
 */
@BrowserTest
class FlashcardBrowserTest {
    private static final long DAY = 86_400_000L;
    /** The session's clock, set before any script runs, so due times are exact. */
    private static final long T = 1_900_000_000_000L;
    private static final String PAGE = "flashcards/delta.html";
    private static final String VACUUM = "delta#delta-card-vacuum";
    private static final String TRAVEL = "delta#delta-card-time-travel";
    private static final String ESCAPE = "delta#delta-card-escape";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static StaticServer server;
    static ChromeDriver driver;

    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start(ChromeDriver chrome) {
        Path out = tmp.resolve("site");
        BuildResult r = Sites.build(Sites.fixture("flashcards"), out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        server = StaticServer.serve(out);
        driver = chrome;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void clearStorage() {
        Browser.viewport(driver, 1280, 900);
        driver.get(server.base() + "404.html");
        driver.executeScript("localStorage.clear()");
    }

    private void open(int width) {
        open(PAGE, width, T, ".fc-view");
    }

    /** Opens a page with the clock at t (set before any script runs) and waits for what its script draws. */
    private void open(String path, int width, long t, String ready) {
        Browser.viewport(driver, width, 900);
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.__studysiteClock = " + t + ";")).get("identifier");
        try {
            driver.get(server.base() + path);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    private WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private JsonNode stored() throws Exception {
        return JSON.readTree((String) driver.executeScript("return window.studysite.store.exportJson()"));
    }

    private String focused() {
        return (String) driver.executeScript("return document.activeElement.className");
    }

    private void scan(String state) {
        for (Axe.Violation v : Axe.run(driver)) {
            violations.add(state + ": " + v);
        }
    }

    private void assertFront(String key, String legend) {
        assertEquals(key, find(".fc-view").getDomAttribute("data-key"));
        assertEquals(legend, text(".fc-legend"));
        assertEquals("false", find(".fc-flip").getDomAttribute("aria-expanded"));
        assertEquals("fc-back", find(".fc-flip").getDomAttribute("aria-controls"));
        assertFalse(find("#fc-back").isDisplayed(), "the back is hidden until flipped");
        assertFalse(find(".fc-knew").isDisplayed(), "no grading before the back was seen");
    }

    private void assertFlipped() {
        assertEquals("true", find(".fc-flip").getDomAttribute("aria-expanded"));
        assertTrue(find("#fc-back").isDisplayed());
        assertTrue(find(".fc-knew").isDisplayed() && find(".fc-didnt").isDisplayed());
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void sessionFlipsCountsAndMovesCardsBetweenBoxes(int width) throws Exception {
        // The time-travel card is in box 2 from an earlier session; the other two are new.
        open(width);
        driver.executeScript("window.studysite.store.update((doc) => { doc.leitner[arguments[0]] = {box: 2, due: arguments[1]}; })",
                TRAVEL, T - 1000);
        open(width);
        assertFalse(find(".fc-list").isDisplayed(), "the list of details gives way to the session");
        assertEquals("Knew it: 0 · Didn't: 0", text(".fc-tally"));
        assertFront(VACUUM, "Card 1 of 3 · new card");
        assertEquals("What does VACUUM delete?", text(".fc-front-face"));
        scan(width + " front");

        // Space on the focused flip button flips; "Knew it" moves a new card to box 2, due in 3 days.
        find(".fc-flip").sendKeys(Keys.SPACE);
        assertFlipped();
        assertTrue(text("#fc-back").contains("Data files the table no longer references"));
        assertEquals("Delta tables › VACUUM", text("#fc-back .refs a"));
        assertEquals("Show front only", text(".fc-flip"));
        scan(width + " flipped");
        Browser.click(driver, find(".fc-knew"));
        assertEquals("Knew it: 1 · Didn't: 0", text(".fc-tally"));
        assertEquals("Knew it: now in box 2. Knew it: 1 · Didn't: 0.", find(".fc-status").getDomProperty("textContent"));
        assertEquals("status", find(".fc-status").getDomAttribute("role"));
        JsonNode doc = stored();
        assertEquals(2, doc.at("/leitner/" + VACUUM + "/box").asInt());
        assertEquals(T + 3 * DAY, doc.at("/leitner/" + VACUUM + "/due").asLong());
        assertEquals(1, doc.at("/questions/" + VACUUM + "/right").asInt());
        assertEquals("data", doc.at("/questions/" + VACUUM + "/d").asText(), "counted in its domain");

        // Enter flips the next card (focus is back on the flip button); "Didn't" sends a box-2 card to box 1, due
        // tomorrow (as a miss on the review page does).
        assertFront(TRAVEL, "Card 2 of 3 · from box 2");
        assertEquals("fc-flip", focused(), "focus moves to the next card's flip button");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertFlipped();
        Browser.click(driver, find(".fc-didnt"));
        assertEquals("Knew it: 1 · Didn't: 1", text(".fc-tally"));
        assertEquals("Didn't know it: now in box 1. Knew it: 1 · Didn't: 1.", find(".fc-status").getDomProperty("textContent"));
        doc = stored();
        assertEquals(1, doc.at("/leitner/" + TRAVEL + "/box").asInt());
        assertEquals(T + DAY, doc.at("/leitner/" + TRAVEL + "/due").asLong());
        assertEquals(0, doc.at("/questions/" + TRAVEL + "/right").asInt());
        assertEquals(1, doc.at("/questions/" + TRAVEL + "/seen").asInt());

        // A click on the card itself flips it, and flips it back.
        assertFront(ESCAPE, "Card 3 of 3 · new card");
        assertEquals("Markup in a card is escaped & sanitized", text(".fc-front-face"), "no script reached the page");
        Browser.click(driver, find(".fc-front-face"));
        assertFlipped();
        assertTrue(find("#fc-back kbd").getDomAttribute("onclick") == null, "handlers are stripped at build time");
        Browser.click(driver, find(".fc-front-face"));
        assertEquals("false", find(".fc-flip").getDomAttribute("aria-expanded"));
        assertFalse(find("#fc-back").isDisplayed());
        assertTrue(find(".fc-knew").isDisplayed(), "once seen, the card can be graded without flipping again");
        Browser.click(driver, find(".fc-knew"));

        assertEquals("Done: you knew 2 of 3 (67%).", text(".fc-done"));
        assertEquals("fc-done", focused(), "the result takes the focus");
        assertEquals("Knew it: 2 · Didn't: 1", text(".fc-tally"));
        scan(width + " done");
        if (width < 600) {
            assertEquals(List.of(), Browser.overflowingX(driver), "nothing wider than a phone");
        }

        // A second round with the card not known: Space anywhere outside a control flips it; "Knew it" moves it up.
        assertEquals("Go again with the 1 card you didn't know", text(".fc-again"));
        Browser.click(driver, find(".fc-again"));
        assertFront(TRAVEL, "Card 1 of 1 · from box 1");
        assertEquals("Knew it: 0 · Didn't: 0", text(".fc-tally"), "a new round counts afresh");
        driver.executeScript("document.activeElement.blur()");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertFlipped();
        Browser.click(driver, find(".fc-knew"));
        doc = stored();
        assertEquals(2, doc.at("/leitner/" + TRAVEL + "/box").asInt());
        assertEquals(2, doc.at("/questions/" + TRAVEL + "/seen").asInt());
        assertEquals("Done: you knew 1 of 1 (100%).", text(".fc-done"));
        assertTrue(driver.findElements(By.cssSelector(".fc-again")).isEmpty(), "nothing left to go again with");

        // Start over: a card in box 2 known again goes to box 3, due in a week.
        Browser.click(driver, find(".fc-restart"));
        assertFront(VACUUM, "Card 1 of 3 · from box 2");
        find(".fc-flip").click();
        Browser.click(driver, find(".fc-knew"));
        doc = stored();
        assertEquals(3, doc.at("/leitner/" + VACUUM + "/box").asInt());
        assertEquals(T + 7 * DAY, doc.at("/leitner/" + VACUUM + "/due").asLong());
        assertEquals(List.of(), violations, () -> "accessibility violations:\n" + String.join("\n", violations));
    }

    @Test
    void withoutJavaScriptEveryCardIsADetailsElement() {
        Browser.withoutJavaScript(driver, () -> {
            driver.get(server.base() + PAGE);
            List<WebElement> cards = driver.findElements(By.cssSelector(".fc-list > li > details.fc-card"));
            assertEquals(3, cards.size());
            assertTrue(driver.findElements(By.cssSelector(".fc-view, .fc-flip")).isEmpty(), "no session without JavaScript");
            assertTrue(find(".fc-howto").isDisplayed());
            WebElement first = cards.get(0);
            assertEquals("What does VACUUM delete?", first.findElement(By.cssSelector("summary")).getText());
            assertFalse(first.findElement(By.cssSelector(".fc-back")).isDisplayed(), "closed: only the front shows");
            Browser.click(driver, first.findElement(By.cssSelector("summary")));
            assertTrue(first.findElement(By.cssSelector(".fc-back")).isDisplayed());
            assertTrue(first.findElement(By.cssSelector(".fc-back pre")).isDisplayed(), "code on the back");
            assertEquals("../notes/delta.html#vacuum", first.findElement(By.cssSelector(".refs a")).getDomAttribute("href"));
            assertFalse(cards.get(1).findElement(By.cssSelector(".fc-back")).isDisplayed(), "only that card opens");
        });
    }

    /**
     * Cards graded on the flashcard page come back on the review page when due, beside the quiz's new question and
     * its new card; the review shows a card's front, its back on demand, and takes the learner's verdict. The
     * dashboard counts cards apart from questions, and in their domain.
     */
    @Test
    void reviewPageAndDashboardTakeCards() throws Exception {
        open(1280);
        find(".fc-flip").click();
        find(".fc-knew").click();
        find(".fc-flip").click();
        find(".fc-didnt").click();

        long later = T + DAY + 60_000;
        open("review.html", 1280, later, ".review-card > *");
        assertTrue(text(".review-status").startsWith("Card 1 of 3 · from box 1 · Due now: 1 · Box 1 (daily): 1 · Box 2"
                + " (every 3 days): 1 · Box 3 (weekly): 0"), text(".review-status"));
        assertEquals(TRAVEL, find(".review-card .fc-view").getDomAttribute("data-key"), "the due card first");
        assertEquals("The reader option for time travel by version", text(".fc-front-face"));
        assertFalse(find("#review-back").isDisplayed());
        assertFalse(find(".fc-knew").isDisplayed());
        scan("review card front");
        find(".fc-flip").click();
        assertTrue(text("#review-back").startsWith("versionAsOf, as in"));
        assertEquals("Delta tables › Time travel", text("#review-back .refs a"));
        scan("review card back");
        find(".fc-knew").click();
        assertEquals("Knew it. Now in box 2.", text(".review-card .q-feedback"));
        assertEquals(2, stored().at("/leitner/" + TRAVEL + "/box").asInt());
        assertEquals(later + 3 * DAY, stored().at("/leitner/" + TRAVEL + "/due").asLong());
        assertEquals("Next question", text(".review-next"));
        assertEquals("review-next", focused());
        find(".review-next").click();

        // The quiz's new question, then its new card (the card graded "Knew it" is not due for 3 days).
        assertTrue(text(".review-status").startsWith("Question 2 of 3 · new question"), text(".review-status"));
        Browser.click(driver, find(".review-q input[value='0']"));
        find(".review-check").click();
        assertEquals("Next card", text(".review-next"));
        find(".review-next").click();
        assertTrue(text(".review-status").startsWith("Card 3 of 3 · new card"), text(".review-status"));
        assertEquals("fc-flip", focused(), "the card's flip button takes the focus");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        find(".fc-didnt").click();
        assertEquals("Didn't know it. Now in box 1.", text(".review-card .q-feedback"));
        assertEquals("Finish", text(".review-next"));
        find(".review-next").click();
        assertTrue(text(".review-status").startsWith("Session done: 2 of 3 right."), text(".review-status"));

        open("progress.html", 1280, later, ".progress-domain");
        assertEquals("Questions seen: 1 of 1 · 100% of 1 answers right", text(".progress-seen"));
        assertEquals("Flashcards seen: 3 of 3 · known 50% of 4 times", text(".progress-cards"),
                "vacuum knew, time travel didn't then knew, escape didn't");
        assertEquals("Due for review: 0 (review now)", text(".progress-due"));
        WebElement row = find(".progress-domain");
        assertEquals("4/4", row.findElement(By.cssSelector("[data-label='Seen']")).getText(), "1 question and 3 cards");
        assertEquals("60%", row.findElement(By.cssSelector("[data-label='Right']")).getText().strip(), "3 of 5 answers");
        assertEquals("Delta basics · not tried · flashcards: 3 of 3 seen (Delta basics)",
                find(".progress-quiz").getDomProperty("textContent"), "the link names its quiz to a screen reader");
        assertEquals("flashcards/delta.html", find(".progress-quiz a[href*='flashcards']").getDomAttribute("href"));
        assertTrue(text(".progress-intro").contains("1 question and 3 flashcards in 1 quiz,"), text(".progress-intro"));
        scan("progress with cards");
        assertEquals(List.of(), violations, () -> "accessibility violations:\n" + String.join("\n", violations));
    }
}

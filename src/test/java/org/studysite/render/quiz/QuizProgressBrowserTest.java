package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.openqa.selenium.support.ui.WebDriverWait;

@BrowserTest
class QuizProgressBrowserTest {
    static final long DAY = 86_400_000L;
    @TempDir
    static Path dir;
    static TestSite site;
    static String base;
    static ChromeDriver driver;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start(ChromeDriver chrome) throws Exception {
        site = SampleSite.progressPages(dir.resolve("site"));
        base = site.serve();
        driver = chrome;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void clearStorage() {
        driver.get(base + "assets/css/quiz.css");
        driver.executeScript("localStorage.clear()");
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(condition);
    }

    private void open(String path, String ready) {
        driver.get(base + path);
        waitFor(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private JsonNode stored() throws Exception {
        return JSON.readTree((String) driver.executeScript("return window.studysite.store.exportJson()"));
    }

    /** Stores a document through the public import function (the same check as the Import button). */
    private void importDoc(String json) {
        driver.executeScript("window.studysite.store.importJson(arguments[0])", json);
    }

    @Test
    void noteReadButtonTaskListAndEmbeddedQuiz() throws Exception {
        open("notes/tracking/", ".note-read");
        WebElement read = driver.findElement(By.cssSelector(".note-read"));
        assertEquals("false", read.getDomAttribute("aria-pressed"));
        read.click();
        assertEquals("Marked as read", read.getText());
        List<WebElement> boxes = driver.findElements(By.cssSelector(".task-list-item input"));
        assertTrue(boxes.get(1).isEnabled());
        boxes.get(1).click();
        driver.findElement(By.id("q-basics-q2-o0")).click();
        driver.findElement(By.cssSelector("#q-basics-q2 .q-check")).click();
        assertEquals("Correct.", text("#q-basics-q2 .q-feedback"));
        // a single embedded question: Check only, and the answer is recorded
        assertTrue(driver.findElements(By.cssSelector(".quiz-single .quiz-submit")).isEmpty());
        driver.findElement(By.id("q-other-q3-o1")).click();
        driver.findElement(By.cssSelector("#q-other-q3 .q-check")).click();
        assertEquals("Incorrect. The answer is A, C.", text("#q-other-q3 .q-feedback"));
        driver.navigate().refresh();
        waitFor(d -> !d.findElements(By.cssSelector(".note-read")).isEmpty());
        assertEquals("true", driver.findElement(By.cssSelector(".note-read")).getDomAttribute("aria-pressed"));
        boxes = driver.findElements(By.cssSelector(".task-list-item input"));
        assertFalse(boxes.get(0).isSelected());
        assertTrue(boxes.get(1).isSelected());
        JsonNode doc = stored();
        assertEquals("[1]", doc.at("/checks/notes~1tracking").toString());
        assertTrue(doc.at("/read/notes~1tracking").isNumber());
        assertEquals(1, doc.at("/leitner/other#q3/box").asInt());
        assertEquals(0, doc.at("/questions/other#q3/right").asInt());

        // the paths page ticks the read note
        open("paths/", ".path-item.done");
        assertEquals("1 of 4 done (25%)", text(".path-progress"));
        assertEquals("Tracking (read)", text(".path-item[data-item-id='notes/tracking']"));
        assertEquals("Day 2", driver.findElements(By.cssSelector(".path-day h3")).get(1).getText());
    }

    @Test
    void dashboardExportResetImport() throws Exception {
        open("progress/", ".progress-domain");
        long t = (Long) driver.executeScript("return Date.now()");
        String seeded = JSON.writeValueAsString(Map.of("version", 1,
                "attempts", Map.of("basics@hash-basics-1", List.of(Map.of("date", t, "score", 8, "total", 10,
                        "percent", 80, "pass", true, "answers", Map.of()))),
                "exams", Map.of("mock", List.of(Map.of("date", t, "seed", 7, "score", 4, "total", 8, "percent", 50,
                        "pass", false, "used", 60000, "domains", Map.of()))),
                "examState", Map.of(),
                "questions", Map.of("basics#q1", Map.of("d", "workflows", "seen", 2, "right", 2),
                        "basics#q2", Map.of("d", "workflows", "seen", 1, "right", 0),
                        "basics#q8", Map.of("d", "deploy", "seen", 2, "right", 0)),
                "leitner", Map.of("basics#q2", Map.of("box", 1, "due", t - 1000),
                        "basics#q8", Map.of("box", 2, "due", t + 3 * DAY)),
                "read", Map.of("notes/serving", t), "checks", Map.of()));
        importDoc(seeded);
        open("progress/", ".progress-domain");
        assertEquals("Questions seen: 3 of 10 · 40% of 5 answers right", text(".progress-seen"));
        assertEquals("Notes marked read: 1 of 2", text(".progress-read"));
        assertEquals("Due for review: 1 (review now)", text(".progress-due"));
        List<WebElement> rows = driver.findElements(By.cssSelector(".progress-domain"));
        assertEquals("Deployment 40% 1/4 0% Model serving", rows.get(0).getText());
        assertEquals("ML workflows 60% 2/6 67% Tracking", rows.get(1).getText());
        assertTrue(text(".progress-exam").startsWith("Mock exam: last 4/8 (50%) FAIL on "));
        assertEquals("Basics quiz · best 80% (pass)", text(".progress-quiz"));

        // export through the module, reset (confirm accepted), import the file through the file input
        // The seeded document is version 1: imported, it was migrated to version 2 (an empty quizState added),
        // every answer, attempt and box kept.
        String exported = (String) driver.executeScript("return window.studysite.store.exportJson()");
        com.fasterxml.jackson.databind.node.ObjectNode migrated = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(seeded);
        migrated.put("version", 2);
        migrated.putObject("quizState");
        assertEquals(migrated, JSON.readTree(exported));
        driver.executeScript("window.confirm = () => true");
        driver.findElement(By.cssSelector(".progress-reset")).click();
        assertEquals("Progress reset.", text(".progress-status"));
        assertEquals("Questions seen: 0 of 10", text(".progress-seen"));
        Path file = dir.resolve("export.json");
        Files.writeString(file, exported);
        driver.findElement(By.cssSelector(".progress-import")).sendKeys(file.toString());
        waitFor(d -> text(".progress-status").equals("Progress imported."));
        assertEquals(migrated, stored());
        assertEquals("Notes marked read: 1 of 2", text(".progress-read"));

        // a file that is not an export is refused and changes nothing
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 9}");
        driver.findElement(By.cssSelector(".progress-import")).sendKeys(bad.toString());
        waitFor(d -> text(".progress-status").startsWith("That file is not a progress export"));
        assertEquals(migrated, stored());

        // the export button downloads a Blob (checked by intercepting the anchor click)
        driver.executeScript("window.__dl = null; HTMLAnchorElement.prototype.click = function () { window.__dl = this.download; }");
        driver.findElement(By.cssSelector(".progress-export")).click();
        assertTrue(((String) driver.executeScript("return window.__dl")).matches("studysite-progress-\\d{4}-\\d\\d-\\d\\d\\.json"));
    }

    private void answerCard(boolean right) {
        WebElement fs = driver.findElement(By.cssSelector(".review-q"));
        String key = fs.getDomAttribute("data-key");
        int[] a = Sample.ANSWERS[Integer.parseInt(key.substring(key.indexOf("#q") + 2)) - 1];
        if (right) {
            for (int i : a) {
                driver.findElement(By.id("review-o" + i)).click();
            }
        } else {
            driver.findElement(By.id("review-o" + (a[0] == 0 ? 1 : 0))).click();
        }
        driver.findElement(By.cssSelector(".review-check")).click();
    }

    @Test
    void leitnerBoxesMove() throws Exception {
        open("review/", ".review-status");
        long t = (Long) driver.executeScript("return Date.now()");
        importDoc(JSON.writeValueAsString(Map.of("version", 1, "attempts", Map.of(), "exams", Map.of(),
                "examState", Map.of(), "questions", Map.of("basics#q5", Map.of("d", "workflows", "seen", 1, "right", 0),
                        "basics#q9", Map.of("d", "deploy", "seen", 1, "right", 1),
                        "basics#q4", Map.of("d", "workflows", "seen", 1, "right", 1)),
                "leitner", Map.of("basics#q5", Map.of("box", 1, "due", t - 5000),
                        "basics#q9", Map.of("box", 2, "due", t - 10000),
                        "basics#q4", Map.of("box", 3, "due", t + DAY)),
                "read", Map.of(), "checks", Map.of())));
        open("review/", ".review-q");
        @SuppressWarnings("unchecked")
        List<String> queue = (List<String>) driver.executeScript("return window.studysite.rules.reviewQueue("
                + "window.studysite.store.get(), window.studysite.banks.review.questions, Date.now())");
        // due first (earliest first), then never-seen questions up to a session of 10
        assertEquals(List.of("basics#q9", "basics#q5", "basics#q1", "basics#q2", "basics#q3", "basics#q6", "basics#q7",
                "basics#q8", "basics#q10"), queue);
        assertTrue(text(".review-status").startsWith("Question 1 of 9 · from box 2 · Due now: 2 · Box 1 (daily): 1 · Box 2 (every 3 days): 1 · Box 3 (weekly): 1"),
                text(".review-status"));

        answerCard(true); // q9: box 2 → 3
        assertTrue(text(".review-q .q-feedback").endsWith("Now in box 3."));
        driver.findElement(By.cssSelector(".review-next")).click();
        answerCard(false); // q5: stays in box 1
        assertTrue(text(".review-q .q-feedback").startsWith("Incorrect. The answer is C."), text(".review-q .q-feedback"));
        assertTrue(text(".review-q").contains("Explanation 5"));
        driver.findElement(By.cssSelector(".review-next")).click();
        answerCard(true); // q1 (new): → box 2
        JsonNode l = stored().get("leitner");
        assertEquals(3, l.at("/basics#q9/box").asInt());
        assertEquals(1, l.at("/basics#q5/box").asInt());
        assertEquals(2, l.at("/basics#q1/box").asInt());
        assertEquals(7 * DAY, l.at("/basics#q9/due").asLong() - t, 60_000);
        assertEquals(DAY, l.at("/basics#q5/due").asLong() - t, 60_000);
        assertEquals(3 * DAY, l.at("/basics#q1/due").asLong() - t, 60_000);

        // three days and a bit later (clock set before any script runs): q4 (box 3, due in a day), q5 and q1 are due,
        // q9 (now 7 days) is not
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.__studysiteClock = " + (t + 3 * DAY + 120_000) + ";")).get("identifier");
        try {
            open("review/", ".review-q");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
        @SuppressWarnings("unchecked")
        List<String> later = (List<String>) driver.executeScript("return window.studysite.rules.reviewQueue("
                + "window.studysite.store.get(), window.studysite.banks.review.questions, window.__studysiteClock)");
        assertEquals(List.of("basics#q4", "basics#q5", "basics#q1"), later.subList(0, 3));
        assertFalse(later.contains("basics#q9"));
        assertEquals("basics#q4", driver.findElement(By.cssSelector(".review-q")).getDomAttribute("data-key"));
    }
}

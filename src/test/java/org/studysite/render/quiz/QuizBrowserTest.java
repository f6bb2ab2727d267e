package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

@BrowserTest
class QuizBrowserTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static String base;
    static ChromeDriver driver;

    @BeforeAll
    static void start(ChromeDriver chrome) throws Exception {
        site = SampleSite.quizPages(dir);
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

    private void open(String path) {
        driver.get(base + path);
        waitFor(d -> !d.findElements(By.cssSelector(".q-check")).isEmpty());
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(condition);
    }

    /** Clicks the input of source option index i of question n. */
    private void pick(int n, int i) {
        WebElement input = driver.findElement(By.id("q-q" + n + "-o" + i));
        if (!input.isSelected()) {
            Browser.click(driver, input); // centred: WebDriver's own scrolling leaves it under the sticky quiz bar
        }
    }

    private void answerAll(int... wrongQuestions) {
        for (int n = 1; n <= 10; n++) {
            final int q = n;
            boolean wrong = java.util.Arrays.stream(wrongQuestions).anyMatch(w -> w == q);
            int[] a = Sample.ANSWERS[n - 1];
            if (wrong) {
                pick(n, a[0] == 0 ? 1 : 0);
            } else {
                for (int i : a) {
                    pick(n, i);
                }
            }
        }
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void templatesRenderRecordsWithoutInlineCode() throws Exception {
        Document doc = Jsoup.parse(Files.readString(dir.resolve("quizzes/basics/index.html")));
        assertEquals(10, doc.select("fieldset.question").size());
        assertEquals("A,C", doc.selectFirst("#q-q3").attr("data-answer"));
        assertEquals("true", doc.selectFirst("#q-q3").attr("data-multiple"));
        assertEquals("Select all that apply", doc.selectFirst("#q-q3 .q-hint").text());
        assertEquals("Select 3", doc.selectFirst("#q-q7 .q-hint").text());
        assertEquals(4, doc.select("#q-q3 input[type=checkbox]").size());
        assertEquals(4, doc.select("#q-q1 input[type=radio]").size());
        assertEquals("Prompt of question 1 with code", doc.selectFirst("#q-q1 .q-prompt").text());
        assertEquals("Option A of q1", doc.selectFirst("#q-q1 .q-option label .q-text").html());
        assertEquals("../../notes/tracking/#runs", doc.selectFirst("#q-q1 .refs a").attr("href"));
        assertEquals("hash-basics-1", doc.selectFirst(".quiz").attr("data-quiz-hash"));
        assertEquals("70", doc.selectFirst(".quiz").attr("data-pass-percent"));
        assertTrue(doc.select("[style], [onclick], script:not([src]), style").isEmpty(), "no inline code");
        assertTrue(doc.select("button").isEmpty(), "no buttons without JavaScript");
        assertTrue(doc.selectFirst(".quiz-meta").text().contains("ML workflows, Deployment"));
    }

    @Test
    void checkSubmitScoreRetryAndReload() {
        open("quizzes/basics/");
        // wrong, then right, with Check
        pick(1, 0);
        WebElement q1 = driver.findElement(By.id("q-q1"));
        q1.findElement(By.cssSelector(".q-check")).click();
        assertEquals("Incorrect. The answer is B.", q1.findElement(By.cssSelector(".q-feedback")).getText());
        assertTrue(q1.findElement(By.cssSelector("details.answer")).getAttribute("open") != null);
        assertTrue(q1.findElement(By.cssSelector(".q-option[data-index='1']")).getAttribute("class").contains("opt-right"));
        assertTrue(q1.findElement(By.cssSelector(".why-text")).isDisplayed());
        pick(1, 1); // the answer is open: its marks follow the new pick
        assertEquals("Correct.", q1.findElement(By.cssSelector(".q-feedback")).getText());

        answerAll(3, 10);
        driver.findElement(By.cssSelector(".quiz-submit")).click();
        String results = text(".quiz-results");
        assertTrue(results.contains("8/10 correct · 80% · PASS (pass mark 70%)"), results);
        assertTrue(results.contains("Good: Review the misses."), results);
        assertTrue(results.contains("ML workflows 5/6 83%"), results);
        assertTrue(results.contains("Deployment 3/4 75%"), results);
        assertTrue(results.contains("odd 4/5 80%"), results);
        List<WebElement> missed = driver.findElements(By.cssSelector(".qr-missed li > a:first-child"));
        assertEquals(List.of("#q-q3", "#q-q10"), missed.stream().map(a -> a.getDomAttribute("href")).toList());
        assertTrue(text(".qr-missed").contains("Study: Tracking"), text(".qr-missed"));
        assertEquals(driver.findElement(By.cssSelector(".quiz-results .qr-title")), driver.switchTo().activeElement());

        driver.findElement(By.cssSelector(".quiz-retry-missed")).click();
        List<String> visible = driver.findElements(By.cssSelector("fieldset.question")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getDomAttribute("id")).toList();
        assertEquals(List.of("q-q3", "q-q10"), visible);
        pick(3, 0);
        pick(3, 2);
        pick(10, 3);
        driver.findElement(By.cssSelector(".quiz-submit")).click();
        assertTrue(text(".quiz-results").contains("2/2 correct · 100% · PASS"), text(".quiz-results"));

        // reload: the last full attempt and the best score; the retry round is its own attempt, shown as it was
        driver.navigate().refresh();
        waitFor(d -> d.findElement(By.cssSelector(".quiz-history")).isDisplayed());
        String history = text(".quiz-history");
        assertTrue(history.startsWith("Last attempt: 8/10 (80%) on "), history);
        assertTrue(history.endsWith("Best: 8/10 (80%) · 1 attempt · 1 retry of missed questions, last 2/2"), history);
        assertTrue(driver.findElement(By.id("q-q10-o3")).isSelected());
        assertTrue(text(".quiz-results").contains("2/2 correct"), text(".quiz-results"));
        assertTrue(text(".qr-title").startsWith("Retry of missed questions ("), text(".qr-title"));
        assertEquals(2, driver.findElements(By.cssSelector("fieldset.question")).stream().filter(WebElement::isDisplayed).count());

        // a full perfect attempt becomes the best; the index shows it
        driver.findElement(By.cssSelector(".quiz-retry-all")).click();
        assertFalse(driver.findElement(By.id("q-q10-o0")).isSelected());
        answerAll();
        driver.findElement(By.cssSelector(".quiz-submit")).click();
        assertTrue(text(".quiz-results").contains("10/10 correct · 100% · PASS"));
        assertTrue(text(".quiz-results").contains("Excellent: Ready for the exam."));
        driver.navigate().refresh();
        waitFor(d -> d.findElement(By.cssSelector(".quiz-history")).getText().contains("Best: 10/10 (100%) · 2 attempts"));
        driver.get(base + "quizzes/");
        waitFor(d -> d.findElement(By.cssSelector(".quiz-card[data-quiz-id=basics] .quiz-best")).getText()
                .equals("Best: 100% (pass)"));
        assertEquals("Not tried yet", text(".quiz-card[data-quiz-id=shuffled] .quiz-best"));
    }

    @Test
    void shuffledQuizRelabelsAndScoresRight() {
        open("quizzes/shuffled/");
        List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
        for (int i = 0; i < questions.size(); i++) {
            assertEquals("Question " + (i + 1), questions.get(i).findElement(By.cssSelector(".q-number")).getText());
        }
        boolean moved = false;
        for (WebElement fs : questions) {
            List<WebElement> opts = fs.findElements(By.cssSelector(".q-option"));
            for (int pos = 0; pos < opts.size(); pos++) {
                assertEquals(String.valueOf((char) ('A' + pos)), opts.get(pos).findElement(By.cssSelector(".q-letter")).getText());
                moved |= !opts.get(pos).getDomAttribute("data-index").equals(String.valueOf(pos));
            }
            // the answer key shows the letters as they are now
            int n = Integer.parseInt(fs.getDomAttribute("id").substring(3));
            String shown = java.util.Arrays.stream(Sample.ANSWERS[n - 1])
                    .mapToObj(i -> fs.findElement(By.cssSelector(".q-option[data-index='" + i + "'] .q-letter")).getText())
                    .sorted().reduce((a, b) -> a + ", " + b).orElseThrow();
            assertEquals(shown, fs.findElement(By.cssSelector(".answer-letters")).getAttribute("textContent"));
        }
        assertTrue(moved, "options were shuffled");
        answerAll(5);
        driver.findElement(By.cssSelector(".quiz-submit")).click();
        assertTrue(text(".quiz-results").contains("9/10 correct · 90% · PASS"), text(".quiz-results"));
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private String activeId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    private void tabTo(java.util.function.Predicate<WebElement> target) {
        for (int i = 0; i < 200; i++) {
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("not reached by Tab");
    }

    @Test
    void keyboardOnly() {
        open("quizzes/basics/");
        tabTo(e -> "q-q1-o0".equals(e.getDomAttribute("id")));
        keys(Keys.ARROW_DOWN); // radio group: selects B
        assertTrue(driver.findElement(By.id("q-q1-o1")).isSelected());
        keys(Keys.TAB);
        assertEquals("Check answer", driver.switchTo().activeElement().getText());
        keys(Keys.ENTER);
        assertEquals("Correct.", text("#q-q1 .q-feedback"));
        // q3 (checkboxes): Space toggles
        tabTo(e -> "q-q3-o0".equals(e.getDomAttribute("id")));
        keys(Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE);
        assertEquals("q-q3-o2", activeId());
        assertTrue(driver.findElement(By.id("q-q3-o0")).isSelected());
        assertTrue(driver.findElement(By.id("q-q3-o2")).isSelected());
        tabTo(e -> String.valueOf(e.getDomAttribute("class")).contains("quiz-submit"));
        keys(Keys.ENTER);
        // 8 unanswered: the dialog asks, Keep answering first; Tab, Enter submits anyway.
        assertEquals("Keep answering", driver.switchTo().activeElement().getText());
        keys(Keys.TAB, Keys.ENTER);
        assertTrue(text(".quiz-results").contains("2/10 correct · 20% · FAIL"), text(".quiz-results"));
        assertEquals(driver.findElement(By.cssSelector(".quiz-results .qr-title")), driver.switchTo().activeElement());
        tabTo(e -> "quiz-retry-all".equals(e.getDomAttribute("class")));
        keys(Keys.SPACE);
        assertEquals("q-q1-o0", activeId());
        assertEquals("", text(".quiz-results"));
    }

    @Test
    void narrowScreenAndPrint() {
        open("quizzes/basics/");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            waitFor(d -> !d.findElements(By.cssSelector(".q-check")).isEmpty());
            answerAll(2);
            driver.findElement(By.cssSelector(".quiz-submit")).click();
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 360 px");
            // print: answers only where a details is open, no buttons
            driver.executeScript("document.querySelectorAll('details.answer').forEach(d => d.open = false);"
                    + "document.querySelector('#q-q4 details.answer').open = true");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertFalse(driver.findElement(By.cssSelector("#q-q1 details.answer")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#q-q4 .answer-key")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector("#q-q1 .q-check")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".qr-actions")).isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void corruptStorageIsResetWithANotice() {
        open("quizzes/basics/");
        driver.executeScript("localStorage.setItem('studysite:v1', '{not json')");
        open("quizzes/basics/");
        assertTrue(text(".store-notice").contains("could not be read"), text(".store-notice"));
        answerAll();
        driver.findElement(By.cssSelector(".quiz-submit")).click();
        assertTrue(text(".quiz-results").contains("10/10"));
        driver.executeScript("localStorage.setItem('studysite:v1', JSON.stringify({version: 0, attempts: []}))");
        open("quizzes/basics/");
        assertTrue(text(".store-notice").contains("was reset"));
        assertTrue(driver.findElements(By.cssSelector(".quiz-history")).get(0).getText().isEmpty());
    }

    @Test
    void worksWithJavaScriptOff() {
        Browser.withoutJavaScript(driver, () -> {
            ChromeDriver noJs = driver;
            noJs.get(base + "quizzes/basics/");
            assertTrue(noJs.findElements(By.cssSelector(".q-check, .quiz-submit, button")).isEmpty());
            WebElement q3 = noJs.findElement(By.id("q-q3"));
            assertFalse(q3.findElement(By.cssSelector(".answer-key")).isDisplayed());
            q3.findElement(By.cssSelector("details.answer > summary")).click();
            assertEquals("Answer: A, C", q3.findElement(By.cssSelector(".answer-key")).getText());
            assertTrue(q3.findElement(By.cssSelector(".explanation")).getText().contains("Explanation 3"));
            assertTrue(q3.findElement(By.cssSelector(".whys")).getText().contains("A Right: Because A q3"));
            assertTrue(q3.findElement(By.cssSelector(".suggest-fix a")).isDisplayed());
            q3.findElement(By.id("q-q3-o1")).click();
            assertTrue(q3.findElement(By.id("q-q3-o1")).isSelected());
        });
    }
}

package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
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
class QuizExamBrowserTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static String base;
    static ChromeDriver driver;
    static JsonNode bank;

    @BeforeAll
    static void start(ChromeDriver chrome) throws Exception {
        site = SampleSite.examPages(dir);
        base = site.serve();
        driver = chrome;
        bank = new ObjectMapper().readTree(Banks.json(Files.readString(dir.resolve("exam/mock/index.bank.js"))));
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

    private void open(String query) {
        driver.get(base + "exam/mock/" + query);
        waitFor(d -> d.findElement(By.cssSelector(".exam-start-btn")).isDisplayed()
                || d.findElement(By.cssSelector(".exam-run")).isDisplayed());
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String currentKey() {
        return driver.findElement(By.cssSelector(".exam-q")).getDomAttribute("data-key");
    }

    /** Right answer (source indexes) of a bank key "quiz#qN". */
    private static int[] answer(String key) {
        return Sample.ANSWERS[Integer.parseInt(key.substring(key.indexOf("#q") + 2)) - 1];
    }

    /** Position on screen (0-based) of the option with this source index in the current question. */
    private int shownAt(int sourceIndex) {
        List<WebElement> inputs = driver.findElements(By.cssSelector(".exam-q input"));
        for (int pos = 0; pos < inputs.size(); pos++) {
            if (inputs.get(pos).getDomAttribute("value").equals(String.valueOf(sourceIndex))) {
                return pos;
            }
        }
        throw new AssertionError("no option " + sourceIndex);
    }

    /** The reference draw (org.studysite.resolve.ExamDraw) on the page's own bank: the JS must agree with it. */
    static List<String> javaDraw(JsonNode bank, long seed) {
        java.util.Map<String, List<String>> pools = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (JsonNode d : bank.get("domains")) {
            counts.put(d.get("id").asText(), d.get("count").asInt());
            pools.put(d.get("id").asText(), new ArrayList<>());
        }
        bank.get("questions").forEach(q -> pools.get(q.get("domain").asText()).add(q.get("key").asText()));
        return org.studysite.resolve.ExamDraw.draw(pools, counts, seed);
    }

    @Test
    void bankAndDrawMatchJava() throws Exception {
        assertEquals(8, bank.get("questionCount").asInt());
        assertEquals(5, bank.get("domains").get(0).get("count").asInt()); // 60% of 8 = 4.8 → 5 by largest remainder
        assertEquals(3, bank.get("domains").get(1).get("count").asInt());
        assertEquals(10, bank.get("questions").size()); // poolQuizzes: only "basics", not "other"
        open("");
        for (long seed : new long[] {0, 1, 42, 4294967295L, 123456789}) {
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) driver.executeScript(
                    "return window.studysite.rules.draw(window.studysite.banks.exam, arguments[0])", seed);
            assertEquals(javaDraw(bank, seed), js, "seed " + seed);
        }
        // options are shown in a seeded order: the same for a replayed seed, not the source order for every question
        String orders = "const b = window.studysite.banks.exam;"
                + "const o = window.studysite.rules.draw(b, arguments[0]);"
                + "return JSON.stringify(window.studysite.rules.optionOrders(b, o, arguments[0]));";
        String first = (String) driver.executeScript(orders, 42);
        assertEquals(first, driver.executeScript(orders, 42));
        JsonNode perms = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first);
        boolean someShuffled = false;
        for (JsonNode p : perms) {
            for (int i = 0; i < p.size(); i++) {
                someShuffled |= p.get(i).asInt() != i;
            }
        }
        assertTrue(someShuffled, first);
        // the bank is not in the page: it came from exam/mock/index.bank.js
        assertTrue(Jsoup.parse(driver.getPageSource()).select("script[type=application/json]").isEmpty());
        assertEquals(10L, driver.executeScript("return window.studysite.banks.exam.questions.length"));
    }

    @Test
    void fullAttemptWithKeyboardFlagsConfirmAndDomainResult() {
        open("?seed=42");
        assertTrue(text(".exam-seed-note").contains("seed 42"));
        driver.executeScript("window.__studysiteClock = 1000000000000");
        driver.findElement(By.cssSelector(".exam-start-btn")).click();
        assertEquals("20:00", text(".exam-timer"));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = currentKey();
            order.add(key);
            int[] a = answer(key);
            boolean d1 = driver.findElement(By.cssSelector(".exam-q")).getDomAttribute("data-domain").equals(Sample.D1);
            if (i == 7) {
                // leave the last one unanswered and flag it (F)
                new Actions(driver).sendKeys("f").perform();
                continue;
            }
            // Options are shown shuffled: the keys pick by position on screen, so find where each answer is shown.
            if (d1) {
                for (int idx : a) {
                    new Actions(driver).sendKeys(String.valueOf(shownAt(idx) + 1)).perform();
                }
            } else {
                new Actions(driver).sendKeys(String.valueOf((char) ('a' + shownAt(a[0] == 0 ? 1 : 0)))).perform();
            }
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertEquals(javaDraw(bank, 42), order);
        assertEquals("Question 8, unanswered, flagged",
                driver.findElements(By.cssSelector(".exam-nav button")).get(7).getDomAttribute("aria-label"));
        assertEquals("Question 1, answered",
                driver.findElements(By.cssSelector(".exam-nav button")).get(0).getDomAttribute("aria-label"));
        driver.executeScript("window.__studysiteClock = 1000000000000 + 5 * 60000 + 30000");
        driver.findElement(By.cssSelector(".exam-submit")).click();
        WebElement dialog = driver.findElement(By.cssSelector(".exam-confirm"));
        assertTrue(dialog.isDisplayed());
        assertEquals("Unanswered (1): 8", dialog.findElement(By.cssSelector(".exam-confirm-unanswered")).getText());
        assertEquals("Flagged for review (1): 8", dialog.findElement(By.cssSelector(".exam-confirm-flagged")).getText());
        dialog.findElement(By.cssSelector(".exam-confirm-submit")).click();
        waitFor(d -> d.findElement(By.cssSelector(".exam-result")).isDisplayed());
        String result = text(".exam-result");
        long d1 = order.stream().limit(7).filter(k -> Integer.parseInt(k.substring(k.indexOf("#q") + 2)) <= 6).count();
        assertTrue(result.contains(d1 + "/8 correct · " + Math.round(100.0 * d1 / 8) + "% · FAIL (pass mark 70%)"), result);
        assertTrue(result.contains("Time used: 5:30 of 20:00 · Seed 42 (replay this draw)"), result);
        List<WebElement> rows = driver.findElements(By.cssSelector(".exam-result-domains tbody tr"));
        assertEquals("Deployment 40% 0/3 0% Model serving", rows.get(0).getText());
        // D1 answers are right, D2 answers wrong, the 8th question (whichever domain the draw put there) is left out.
        assertEquals("ML workflows 60% " + d1 + "/5 " + Math.round(100.0 * d1 / 5) + "% Tracking", rows.get(1).getText());
        assertEquals(8, driver.findElements(By.cssSelector(".exam-review-list > li")).size());
        assertTrue(text(".exam-review-list").contains("Your answer: none"));
        assertTrue(text(".exam-history").contains(d1 + "/8 (" + Math.round(100.0 * d1 / 8) + "%) FAIL · 5:30 · seed 42"),
                text(".exam-history"));
        // stored question stats feed the other pages
        // (the unanswered 8th is not a miss: blanks are not recorded)
        Object seen = driver.executeScript("return Object.keys(window.studysite.store.get().questions).length");
        assertEquals(7L, seen);

        // A reload shows the same result again, review included.
        String review = text(".exam-review-list");
        driver.navigate().refresh();
        waitFor(d -> d.findElement(By.cssSelector(".exam-result")).isDisplayed());
        assertEquals(result, text(".exam-result"));
        assertEquals(review, text(".exam-review-list"));
        assertTrue(driver.findElement(By.cssSelector(".exam-start-btn")).isDisplayed(), "a new attempt can start");
    }

    @Test
    void reloadKeepsAnswersFlagsAndTime_thenTimeRunsOut() {
        open("");
        long t0 = (Long) driver.executeScript("return window.__studysiteClock = Date.now()");
        driver.findElement(By.cssSelector(".exam-start-btn")).click();
        driver.findElements(By.cssSelector(".exam-q input")).get(0).click();
        String first = currentKey();
        driver.findElement(By.cssSelector(".exam-next")).click();
        driver.findElement(By.cssSelector(".exam-flag")).click();
        assertEquals("true", driver.findElement(By.cssSelector(".exam-flag")).getDomAttribute("aria-pressed"));
        driver.findElements(By.cssSelector(".exam-nav button")).get(4).click();
        assertEquals("Question 5 of 8", text(".exam-position"));

        // reload: the clock override is gone until we set it again, so the page computes from Date.now() for a moment;
        // the deadline itself is what is kept.
        driver.navigate().refresh();
        waitFor(d -> d.findElement(By.cssSelector(".exam-run")).isDisplayed());
        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 9 * 60000 + 1000);
        waitFor(d -> text(".exam-timer").equals("10:59"));
        assertEquals("Question 5 of 8", text(".exam-position"));
        List<WebElement> nav = driver.findElements(By.cssSelector(".exam-nav button"));
        assertEquals("Question 1, answered", nav.get(0).getDomAttribute("aria-label"));
        assertEquals("Question 2, unanswered, flagged", nav.get(1).getDomAttribute("aria-label"));
        nav.get(0).click();
        assertEquals(first, currentKey());
        assertTrue(driver.findElements(By.cssSelector(".exam-q input")).get(0).isSelected());

        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 10 * 60000 + 1000);
        waitFor(d -> text(".exam-alert").equals("10 minutes left."));
        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 20 * 60000);
        waitFor(d -> d.findElement(By.cssSelector(".exam-result")).isDisplayed());
        assertTrue(text(".exam-result").startsWith("Time is up: your result"), text(".exam-result"));
        assertTrue(text(".exam-result").contains("Time used: 20:00 of 20:00"));
        assertFalse(driver.findElement(By.cssSelector(".exam-run")).isDisplayed());
        driver.navigate().refresh();
        waitFor(d -> d.findElement(By.cssSelector(".exam-start-btn")).isDisplayed());
        assertEquals(1, driver.findElements(By.cssSelector(".exam-attempts li")).size());
    }

    @Test
    void multiSelectCreditAllOrNothingAndPartial() {
        open("");
        String cases = "A,0|0|1 1;A,0|1|0 0;M,0.2|0.2|1 1;M,0.2|0|0 0.5;M,0.2|0.1|0 0;M,0.2|0.1.2|0 0.5;M,0.2||0 0";
        for (String c : cases.split(";")) {
            String[] p = c.split("\\|", -1);
            String[] expected = p[2].split(" ");
            for (int i = 0; i < 2; i++) {
                Object got = driver.executeScript("const [kind, a] = arguments[0].split(',');"
                        + "const q = {multiple: kind === 'M', answer: a.split('.').map(Number)};"
                        + "const mine = arguments[1] ? arguments[1].split('.').map(Number) : [];"
                        + "return String(window.studysite.rules.credit(q, mine, arguments[2]));",
                        p[0], p[1], i == 0 ? "all-or-nothing" : "partial");
                assertEquals(expected[i], got, c + (i == 0 ? " all-or-nothing" : " partial"));
            }
        }
    }

    @Test
    void withoutJavaScriptPointsToQuizzes() {
        Browser.withoutJavaScript(driver, () -> {
            ChromeDriver noJs = driver;
            noJs.get(base + "exam/mock/");
            assertTrue(noJs.findElement(By.cssSelector(".exam-nojs")).isDisplayed());
            assertFalse(noJs.findElement(By.cssSelector(".exam-app")).isDisplayed());
            assertEquals("../../quizzes/basics/", noJs.findElement(By.cssSelector(".exam-nojs a")).getDomAttribute("href"));
            assertTrue(noJs.findElement(By.cssSelector(".exam-rules")).getText().contains("8 questions"));
        });
    }
}

package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;
import org.studysite.testing.Screenshots;

/**
 * A learner takes the default site's mock exam: 45 questions drawn by domain weight, answered (some wrong on
 * purpose), two flagged, the page reloaded half way, submitted after the confirmation; a second attempt runs out of
 * time (test clock); a seed replays a draw.
 */
@BrowserTest
class DefaultSiteExamTest {
    private static final String EXAM = "exams/ml-professional.html";
    private static final String ID = "ml-professional";
    /** Domain id → questions per attempt, in the exam's order (weights 18/27/22/18/15 of 45). */
    private static final Map<String, Integer> COUNTS = counts();

    static DefaultSite site;
    static ChromeDriver driver;
    /** Bank key ("quiz#question") → the question's JSON (a = right option indexes, d = domain). */
    static final Map<String, JsonNode> bank = new LinkedHashMap<>();

    private static Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ml-fundamentals", 8);
        m.put("feature-engineering", 12);
        m.put("training-evaluation", 10);
        m.put("deployment", 8);
        m.put("mlops", 7);
        return m;
    }

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) throws Exception {
        site = shared;
        driver = chrome;
        String json = org.studysite.render.quiz.Banks.json(java.nio.file.Files.readString(
                site.out().resolve(org.studysite.render.quiz.Banks.beside(EXAM))));
        for (JsonNode q : new ObjectMapper().readTree(json).get("questions")) {
            bank.put(q.get("key").asText(), q);
        }
    }


    @BeforeEach
    void clearStorage() {
        Browser.startClean(driver, site);
    }

    private void open(String query) {
        driver.get(site.url(EXAM + query));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> find(".exam-start-btn").isDisplayed()
                || find(".exam-run").isDisplayed());
    }

    private WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private void click(String css) {
        Browser.click(driver, find(css));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> saved() {
        return (Map<String, Object>) driver.executeScript(
                "const doc = JSON.parse(localStorage.getItem('studysite:v1') || 'null');"
                        + " return doc && doc.examState[arguments[0]] || null", ID);
    }

    @SuppressWarnings("unchecked")
    private List<String> savedOrder() {
        return (List<String>) saved().get("order");
    }

    private String currentKey() {
        return find(".exam-q").getDomAttribute("data-key");
    }

    /** Right options of a bank question, or the first wrong one. */
    private void answer(String key, boolean right) {
        JsonNode q = bank.get(key);
        List<Integer> rightOnes = new ArrayList<>();
        q.get("answer").forEach(a -> rightOnes.add(a.asInt()));
        List<Integer> pick = new ArrayList<>(rightOnes);
        if (!right) {
            int wrong = 0;
            while (rightOnes.contains(wrong)) {
                wrong++;
            }
            pick = List.of(wrong);
        }
        for (int i : pick) {
            Browser.click(driver, find(".exam-q input[value='" + i + "']"));
        }
    }

    /** Missed on purpose: every Deployment question and the first MLOps one. */
    private static boolean answerRight(String key, Map<String, Integer> seen) {
        String domain = bank.get(key).get("domain").asText();
        int n = seen.merge(domain, 1, Integer::sum);
        return !domain.equals("deployment") && !(domain.equals("mlops") && n == 1);
    }

    /** "1:29:58" or "9:58" → seconds. */
    private static int seconds(String clock) {
        int s = 0;
        for (String part : clock.split(":")) {
            s = s * 60 + Integer.parseInt(part);
        }
        return s;
    }

    @Test
    void fullAttemptWithFlagsReloadAndConfirmation() {
        open("");
        assertEquals("45 questions, drawn at random from the question pool by domain weight", text(".exam-rules li"));
        List<String> questionColumn = driver.findElements(By.cssSelector(".exam-intro .exam-domains tbody td:nth-of-type(2)"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of("8", "12", "10", "8", "7"), questionColumn);
        click(".exam-start-btn");
        assertEquals(45, driver.findElements(By.cssSelector(".exam-nav button")).size());
        assertEquals("Question 1 of 45", text(".exam-position"));
        assertTrue(seconds(text(".exam-timer")) > 89 * 60, text(".exam-timer"));

        // Walk the navigator: every question shown once, per-domain counts as the weights say, in draw order.
        List<String> order = savedOrder();
        assertEquals(45, order.size());
        assertEquals(45, order.stream().distinct().count());
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Boolean> meantRight = new LinkedHashMap<>();
        List<WebElement> nav = driver.findElements(By.cssSelector(".exam-nav button"));
        for (int i = 0; i < 45; i++) {
            if (i == 22) {
                // Half way: reload. Answers, flags, position and the deadline survive.
                Map<String, Object> before = saved();
                int left = seconds(text(".exam-timer"));
                open("");
                assertTrue(find(".exam-run").isDisplayed(), "the attempt resumes");
                assertFalse(find(".exam-start").isDisplayed());
                assertEquals(before.get("deadline"), saved().get("deadline"));
                assertEquals(before.get("answers"), saved().get("answers"));
                assertEquals(List.of(order.get(2), order.get(9)), saved().get("flags"));
                assertEquals("Question 22 of 45", text(".exam-position"), "back on the question left");
                int after = seconds(text(".exam-timer"));
                assertTrue(after <= left && after >= left - 10, left + " then " + after);
                nav = driver.findElements(By.cssSelector(".exam-nav button"));
                for (int j = 0; j < 22; j++) {
                    String label = nav.get(j).getDomAttribute("aria-label");
                    assertTrue(label.startsWith("Question " + (j + 1) + ", answered"), label);
                    assertEquals(j == 2 || j == 9, label.endsWith(", flagged"), label);
                    assertEquals(j == 2 || j == 9, nav.get(j).getDomAttribute("class").contains("flagged"));
                }
                assertEquals("Question 23, unanswered", nav.get(22).getDomAttribute("aria-label"));
                Screenshots.take(driver, "exam-mid-attempt-1280", null);
                Browser.viewport(driver, 390, 844);
                assertEquals(List.of(), Browser.overflowingX(driver), "the attempt fits a phone");
                Screenshots.take(driver, "exam-mid-attempt-390", null);
                Screenshots.take(driver, "exam-mid-attempt-question-390", ".exam-question");
                Browser.viewport(driver, 1280, 900);
            }
            Browser.click(driver, nav.get(i));
            String key = currentKey();
            assertEquals(order.get(i), key);
            assertEquals("Question " + (i + 1) + " of 45", text(".exam-q .q-number"));
            perDomain.merge(find(".exam-q").getDomAttribute("data-domain"), 1, Integer::sum);
            boolean right = answerRight(key, seen);
            meantRight.put(key, right);
            answer(key, right);
            if (i == 2 || i == 9) {
                click(".exam-flag");
                assertEquals("true", find(".exam-flag").getDomAttribute("aria-pressed"));
            }
        }
        assertEquals(COUNTS, perDomain);

        // Submit: the dialog lists the flags, Keep working cancels, Submit now submits.
        click(".exam-submit");
        assertTrue(find(".exam-confirm").isDisplayed());
        assertEquals("Every question is answered.", text(".exam-confirm-unanswered"));
        assertEquals("Flagged for review (2): 3, 10", text(".exam-confirm-flagged"));
        click(".exam-confirm-cancel");
        assertFalse(find(".exam-confirm").isDisplayed());
        assertTrue(find(".exam-run").isDisplayed());
        click(".exam-submit");
        click(".exam-confirm-submit");

        // 45 − 8 Deployment − 1 MLOps = 36 right: 80%, a pass.
        assertTrue(find(".exam-result").isDisplayed());
        assertEquals(36, meantRight.values().stream().filter(b -> b).count());
        assertTrue(text(".er-score").startsWith("36/45 correct · 80% · PASS (pass mark 70%)"), text(".er-score"));
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector(".exam-result-domains tbody tr"))) {
            rows.add(tr.findElements(By.cssSelector("th, td")).stream().limit(4).map(WebElement::getText).toList());
        }
        assertEquals(List.of(
                List.of("Model Deployment and Management", "18%", "0/8", "0%"),
                List.of("ML Operations (MLOps)", "15%", "6/7", "86%"),
                List.of("ML Development and Feature Engineering", "27%", "12/12", "100%"),
                List.of("Model Training and Evaluation", "22%", "10/10", "100%"),
                List.of("Machine Learning Fundamentals", "18%", "8/8", "100%")), rows, "weakest first, then by weight");
        List<WebElement> review = driver.findElements(By.cssSelector(".exam-review-list > li"));
        assertEquals(45, review.size());
        for (WebElement li : review) {
            boolean right = meantRight.get(li.getDomAttribute("data-key"));
            assertTrue(li.getDomAttribute("class").startsWith(right ? "is-right" : "is-wrong"), li.getDomAttribute("class"));
        }
        assertEquals(null, saved(), "the finished attempt's state is cleared");
        assertTrue(text(".exam-history").contains("36/45 (80%) PASS"), text(".exam-history"));
        Screenshots.take(driver, "exam-result-1280", ".exam-result");
        Browser.viewport(driver, 390, 844);
        assertEquals(List.of(), Browser.overflowingX(driver), "the result fits a phone");
        Screenshots.take(driver, "exam-result-390", ".exam-result");
        Screenshots.take(driver, "exam-result-table-390", ".exam-result-domains");
        assertEquals(true, driver.executeScript("const t = document.querySelector('.exam-result-domains');"
                + "return t.scrollWidth <= t.clientWidth + 1"), "the domain table stacks instead of scrolling sideways");
        assertEquals("Percent: ", driver.executeScript("return getComputedStyle("
                + "document.querySelector('.exam-result-domains td[data-label=Percent]'), '::before').content.replace(/\"/g, '')"));
        Browser.viewport(driver, 1280, 900);
    }

    @Test
    void onAPhoneTheNavigatorRowFollowsTheCurrentQuestion() {
        Browser.viewport(driver, 390, 844);
        open("");
        click(".exam-start-btn");
        for (int i = 1; i <= 30; i++) {
            click(".exam-next");
            assertEquals("Question " + (i + 1) + " of 45", find(".exam-position").getDomProperty("textContent"));
            assertCurrentButtonInView(i);
        }
        Browser.click(driver, driver.findElements(By.cssSelector(".exam-nav button")).get(3));
        assertCurrentButtonInView(3);
        click(".exam-prev");
        assertCurrentButtonInView(2);
    }

    /** The navigator scrolls sideways; the current question's button must lie inside its visible part. */
    private void assertCurrentButtonInView(int index) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) driver.executeScript("""
                const nav = document.querySelector('.exam-nav'), b = nav.children[arguments[0]];
                const n = nav.getBoundingClientRect(), r = b.getBoundingClientRect();
                return {scrolls: nav.scrollWidth - nav.clientWidth, left: r.left - n.left, right: n.right - r.right,
                        current: b.getAttribute('aria-current') === 'true' ? 1 : 0};""", index);
        assertTrue(r.get("scrolls").doubleValue() > 0, "at 390 px the navigator is one scrolling row");
        assertEquals(1, r.get("current").intValue(), "button " + index + " is the current one");
        assertTrue(r.get("left").doubleValue() >= -0.5 && r.get("right").doubleValue() >= -0.5,
                "question " + (index + 1) + "'s button is inside the row: " + r);
    }

    @Test
    void timeRunningOutSubmitsTheAttempt() {
        long t0 = 1_800_000_000_000L;
        open("");
        driver.executeScript("window.__studysiteClock = arguments[0]", t0);
        click(".exam-start-btn");
        assertEquals("1:30:00", text(".exam-timer"));
        String first = currentKey();
        answer(first, true);

        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 81 * 60_000L);
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> text(".exam-alert").equals("10 minutes left."));
        assertEquals("9:00", text(".exam-timer"));
        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 89 * 60_000L + 30_000L);
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> text(".exam-alert").equals("1 minute left."));
        assertTrue(find(".exam-timer").getDomAttribute("class").contains("low"));

        driver.executeScript("window.__studysiteClock = arguments[0]", t0 + 90 * 60_000L + 1);
        new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> find(".exam-result").isDisplayed());
        assertFalse(find(".exam-run").isDisplayed());
        assertEquals("Time is up: your result", text(".exam-result h2"));
        assertTrue(text(".er-score").startsWith("1/45 correct · 2% · FAIL"), text(".er-score"));
        assertTrue(text(".er-meta").startsWith("Time used: 1:30:00 of 1:30:00"), text(".er-meta"));
        assertEquals(null, saved());
        assertEquals(1L, driver.executeScript(
                "return JSON.parse(localStorage.getItem('studysite:v1')).exams[arguments[0]].filter((a) => a.timeUp).length", ID));
    }

    @Test
    void aSeedReplaysTheSameDraw() {
        List<List<String>> orders = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            driver.executeScript("localStorage.clear()");
            open("?seed=123");
            assertEquals("This attempt replays the draw of seed 123.", text(".exam-seed-note"));
            click(".exam-start-btn");
            assertEquals(123L, saved().get("seed"));
            orders.add(savedOrder());
            assertEquals(savedOrder().get(0), currentKey(), "the first question shown is the first drawn");
        }
        assertEquals(orders.get(0), orders.get(1));

        // The documented draw (docs/quiz-ui.md), as the page's debug API computes it from the embedded bank.
        // Not compared with org.studysite.resolve.ExamDraw.draw: that one also shuffles the concatenated picks
        // (domains interleaved), exam.js and the docs do not; reported, not decided here.
        assertEquals(orders.get(0), driver.executeScript(
                "return studysite.rules.draw(studysite.banks.exam, 123)"));

        driver.executeScript("localStorage.clear()");
        open("?seed=124");
        click(".exam-start-btn");
        assertFalse(orders.get(0).equals(savedOrder()), "another seed, another draw");
    }

    private String css(String selector, String property) {
        return (String) driver.executeScript("return getComputedStyle(arguments[0])[arguments[1]]", find(selector), property);
    }

    /**
     * The step's main action (Start exam, Submit exam, Submit now) is a filled button, the others outlined; a
     * disabled button (Previous on the first question) looks disabled. The generic ".exam button" rule used to win
     * over the filled style, so Start and Submit looked like every other button.
     */
    @Test
    void mainActionsAreFilledAndDisabledButtonsLookDisabled() {
        open("");
        assertEquals(css(".exam-start-btn", "borderTopColor"), css(".exam-start-btn", "backgroundColor"), "Start exam filled");
        click(".exam-start-btn");
        assertEquals(css(".exam-submit", "borderTopColor"), css(".exam-submit", "backgroundColor"), "Submit exam filled");
        assertFalse(css(".exam-next", "borderTopColor").equals(css(".exam-next", "backgroundColor")), "Next outlined");
        assertFalse(find(".exam-prev").isEnabled(), "no Previous on the first question");
        assertFalse(css(".exam-prev", "color").equals(css(".exam-next", "color")), "Previous looks disabled");
        assertEquals("not-allowed", css(".exam-prev", "cursor"));
        click(".exam-next");
        assertTrue(find(".exam-prev").isEnabled());
        assertEquals(css(".exam-next", "color"), css(".exam-prev", "color"), "enabled again, it looks it");
        click(".exam-submit");
        assertEquals(css(".exam-confirm-submit", "borderTopColor"), css(".exam-confirm-submit", "backgroundColor"));
        assertEquals("0px", css(".exam-confirm h2", "marginTop"), "the dialog's title sits at its top");
        click(".exam-confirm-cancel");
    }

    /**
     * The intro says each rule once: the exam's description used to repeat, in a second bullet list, the
     * question count, time, pass mark and multiple-select scoring that the page's own rules list gives.
     */
    @Test
    void theIntroStatesEachRuleOnce() {
        open("");
        String intro = text(".exam-intro");
        for (String rule : List.of("to pass", "45", "90", "every choice is right", "all-or-nothing")) {
            int n = intro.split(java.util.regex.Pattern.quote(rule), -1).length - 1;
            assertTrue(n <= 1, "'" + rule + "' said " + n + " times:\n" + intro);
        }
        assertTrue(intro.contains("Multiple-select questions score only when every choice is right"), intro);
        assertTrue(intro.contains("no penalty for a wrong answer"), intro);
    }
}

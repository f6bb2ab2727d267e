package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;
import org.studysite.testing.Screenshots;

/**
 * Issue 14's practice items on the real default site, at 1280 and 390 px: Submit lands on the score (quiz, exam
 * submit, exam time-out), quiz picks survive a reload, a part-answered submit asks first, a blank is not a miss,
 * a "Retry missed" round is its own attempt, orientation on a long quiz, the tab stops to reach Submit, embedded
 * questions labelled by quiz, review's Check waiting for a pick, and the exam review's filters.
 */
@BrowserTest
class DefaultSitePracticeTest {
    private static final String QUIZ = "quizzes/experimentation.html";
    private static final String EXAM = "exams/ml-professional.html";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] WIDTHS = {1280, 390};

    static DefaultSite site;
    static ChromeDriver driver;

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) {
        site = shared;
        driver = chrome;
    }

    @BeforeEach
    void clearStorage() {
        Browser.startClean(driver, site);
    }

    private static void viewport(int width) {
        Browser.viewport(driver, width, width < 600 ? 844 : 900);
    }

    private void open(String path) {
        driver.get(site.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private void click(WebElement e) {
        Browser.click(driver, e);
    }

    private void click(String css) {
        click(find(css));
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static List<Integer> rightIndexes(WebElement fs) {
        List<Integer> out = new ArrayList<>();
        for (String l : fs.getDomAttribute("data-answer").split(",")) {
            out.add(LETTERS.indexOf(l.trim()));
        }
        return out;
    }

    /** Picks the right options of a quiz question, or its first wrong one. */
    private void answer(WebElement fs, boolean right) {
        List<Integer> r = rightIndexes(fs);
        if (right) {
            r.forEach(i -> click(fs.findElement(By.cssSelector(".q-options input[value='" + i + "']"))));
        } else {
            int wrong = 0;
            while (r.contains(wrong)) {
                wrong++;
            }
            click(fs.findElement(By.cssSelector(".q-options input[value='" + wrong + "']")));
        }
    }

    /**
     * The element's box lies inside the viewport, is not covered by a sticky bar or header (the point in its
     * middle hits it or a child), and it (or the heading above it, given) holds focus.
     */
    private void assertOnScreenAndFocused(String scoreCss, String headingCss, String what) {
        WebElement score = find(scoreCss);
        WebElement heading = find(headingCss);
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js("const s = arguments[0].getBoundingClientRect(), h = arguments[1].getBoundingClientRect();"
                + " const hit = (r, e) => { const p = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2); return !!p && (p === e || e.contains(p)); };"
                + " return {top: h.top, bottom: s.bottom, vh: innerHeight, headingSeen: hit(h, arguments[1]), scoreSeen: hit(s, arguments[0])}",
                score, heading);
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        double vh = ((Number) box.get("vh")).doubleValue();
        assertTrue(top >= 0 && bottom <= vh, what + ": heading top " + top + ", score bottom " + bottom + ", viewport " + vh);
        assertTrue(top < vh / 3, what + ": the heading is near the top (" + top + " px)");
        assertEquals(true, box.get("headingSeen"), what + ": the heading is not covered");
        assertEquals(true, box.get("scoreSeen"), what + ": the score is not covered");
        assertEquals(heading, driver.switchTo().activeElement(), what + ": the heading holds focus");
        assertEquals("-1", heading.getDomAttribute("tabindex"));
        System.out.printf("[issue14] %s: heading top %.0f px, score bottom %.0f px of %.0f%n", what, top, bottom, vh);
    }

    // ------------------------------------------------------------------ 1. Submit lands on the score

    @Test
    void quizSubmitLandsOnTheScore() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(QUIZ);
            List<WebElement> qs = all("fieldset.question");
            for (int i = 0; i < qs.size(); i++) {
                answer(qs.get(i), i != 3 && i != 6);
            }
            click(".quiz-submit");
            assertOnScreenAndFocused(".qr-score", ".qr-title", "quiz @" + width);
            assertTrue(find(".qr-score").getText().startsWith("8/10 correct"), find(".qr-score").getText());
            Screenshots.take(driver, "issue14-quiz-submitted-" + width, null);
        }
    }

    @Test
    void examSubmitNowLandsOnTheScore() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(EXAM);
            click(".exam-start-btn");
            click(".exam-q .q-option input");
            click(".exam-next");
            click(".exam-submit");
            click(".exam-confirm-submit");
            assertOnScreenAndFocused(".er-score", ".er-title", "exam submit @" + width);
            Screenshots.take(driver, "issue14-exam-submitted-" + width, null);
        }
    }

    @Test
    void examTimeOutLandsOnTheScore() {
        long t0 = 1_800_000_000_000L;
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(EXAM);
            js("window.__studysiteClock = arguments[0]", t0);
            click(".exam-start-btn");
            click(".exam-q .q-option input");
            // Scrolled down to the last control, as a learner reading a long question is.
            js("document.querySelector('.exam-keys').scrollIntoView({block: 'end'})");
            js("window.__studysiteClock = arguments[0]", t0 + 90 * 60_000L + 1);
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> find(".exam-result").isDisplayed());
            assertEquals("Time is up: your result", find(".er-title").getText());
            assertOnScreenAndFocused(".er-score", ".er-title", "exam time-out @" + width);
            // 44 blanks at the time-out: only the one answer is recorded, nothing blank goes to the review queue.
            assertEquals(1L, js("return Object.keys(JSON.parse(localStorage.getItem('studysite:v1')).questions).length"));
        }
    }

    // ------------------------------------------------------------------ 2. Quiz answers never lost

    @Test
    void picksSurviveAReloadAndAPartAnsweredSubmitAsksFirst() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(QUIZ);
            List<WebElement> qs = all("fieldset.question");
            answer(qs.get(0), true);
            answer(qs.get(2), false);
            answer(qs.get(5), true);
            assertEquals("3 of 10 answered", find(".quiz-count").getText());
            List<String> before = checkedValues();
            List<String> shownOrder = optionOrder();

            open(QUIZ);
            assertEquals(before, checkedValues(), "the same picks after a reload @" + width);
            assertEquals(shownOrder, optionOrder(), "the options in the same shuffled order, so the same letters");
            assertEquals("3 of 10 answered", find(".quiz-count").getText());
            assertTrue(find(".quiz-results").getText().isEmpty(), "no result before Submit");

            click(".quiz-submit");
            WebElement dialog = find("dialog.quiz-confirm");
            assertTrue(dialog.isDisplayed(), "Submit with blanks asks first");
            assertEquals("7 unanswered: submit anyway?", dialog.findElement(By.cssSelector(".quiz-confirm-text")).getText());
            assertEquals(dialog.findElement(By.tagName("h2")).getDomAttribute("id"), dialog.getDomAttribute("aria-labelledby"));
            assertEquals(true, js("return document.querySelector('dialog.quiz-confirm').matches(':modal')"), "a modal <dialog>");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            assertFalse(dialog.isDisplayed(), "Esc keeps answering");
            click(".quiz-submit");
            click(".quiz-confirm-cancel");
            assertFalse(dialog.isDisplayed());
            WebElement secondQuestion = all("fieldset.question").get(1);
            assertTrue((Boolean) js("return arguments[0].contains(document.activeElement)", secondQuestion),
                    "Keep answering goes to the first unanswered question");

            click(".quiz-submit");
            click(".quiz-confirm-submit");
            String score = find(".qr-score").getText();
            assertTrue(score.startsWith("2/10 correct"), score);
            int open = openPanels();
            assertEquals(8, open, "after Submit only the 8 questions not answered right open their answers");

            open(QUIZ);
            assertEquals(before, checkedValues(), "the submitted answers after a reload");
            assertEquals(shownOrder, optionOrder(), "and in the order they were answered in");
            assertTrue(find(".qr-score").getText().startsWith("2/10 correct"), find(".qr-score").getText());
            assertEquals(open, openPanels(), "as they were: not every answer panel reopened");
            assertEquals(2, all("fieldset.question.is-right").size());
            assertFalse(find(".quiz-bar").isDisplayed(), "the bar goes with the round");
            assertEquals(0L, js("return Object.keys(JSON.parse(localStorage.getItem('studysite:v1')).quizState).length"),
                    "picks are dropped once submitted");
        }
    }

    private List<String> checkedValues() {
        List<String> out = new ArrayList<>();
        for (WebElement i : all("fieldset.question .q-options input")) {
            if (i.isSelected()) {
                out.add(i.getDomAttribute("name") + "=" + i.getDomAttribute("value"));
            }
        }
        return out;
    }

    /** Every option as name=value in the order shown. */
    private List<String> optionOrder() {
        return all("fieldset.question .q-options input").stream()
                .map(i -> i.getDomAttribute("name") + "=" + i.getDomAttribute("value")).toList();
    }

    private int openPanels() {
        return ((Number) js("return document.querySelectorAll('details.answer[open]').length")).intValue();
    }

    @Test
    void anEmptySubmitAsksFirstAndSendsNothingToTheReviewQueue() {
        open(QUIZ);
        click(".quiz-submit");
        assertEquals("10 unanswered: submit anyway?", find(".quiz-confirm-text").getText());
        click(".quiz-confirm-submit");
        assertTrue(find(".qr-score").getText().startsWith("0/10 correct"), find(".qr-score").getText());
        assertEquals("{}", js("return JSON.stringify(JSON.parse(localStorage.getItem('studysite:v1')).leitner)"),
                "blank is not wrong: nothing in box 1");
        open("review.html");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !find(".review-status").getText().isEmpty());
        assertTrue(find(".review-status").getText().contains("from box") == false, find(".review-status").getText());
    }

    @Test
    void aRetryMissedRoundIsKeptAsItsOwnAttempt() {
        open(QUIZ);
        List<WebElement> qs = all("fieldset.question");
        for (int i = 0; i < qs.size(); i++) {
            answer(qs.get(i), i != 1 && i != 4);
        }
        click(".quiz-submit");
        click(".quiz-retry-missed");
        List<WebElement> round = all("fieldset.question").stream().filter(WebElement::isDisplayed).toList();
        assertEquals(2, round.size());
        assertEquals("0 of 2 answered", find(".quiz-count").getText());
        answer(round.get(0), true);
        open(QUIZ);
        assertEquals(2, all("fieldset.question").stream().filter(WebElement::isDisplayed).count(), "the round survives a reload");
        round = all("fieldset.question").stream().filter(WebElement::isDisplayed).toList();
        answer(round.get(1), true);
        click(".quiz-submit");
        assertTrue(find(".qr-score").getText().startsWith("2/2 correct"), find(".qr-score").getText());
        assertEquals("Your result: retry of missed questions", find(".qr-title").getText());
        assertEquals(List.of("all", "missed"), js("return JSON.parse(localStorage.getItem('studysite:v1')).attempts['experimentation@'"
                + " + document.querySelector('.quiz').dataset.quizHash].map((a) => a.round || 'all')"));
        String history = find(".quiz-history").getText();
        assertTrue(history.contains("Best: 8/10 (80%) · 1 attempt · 1 retry of missed questions, last 2/2"), history);

        open("progress.html");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !all(".progress-quiz").isEmpty());
        String line = driver.findElements(By.cssSelector(".progress-quiz")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("Experimentation")).findFirst().orElseThrow();
        assertTrue(line.contains("best 80% (pass) · 1 retry of missed questions (last 2/2"), line);
    }

    // ------------------------------------------------------------------ 9. Orientation

    @Test
    void theAnsweredCounterStaysInViewAndJumpsToTheNextUnanswered() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(QUIZ);
            List<WebElement> qs = all("fieldset.question");
            answer(qs.get(0), true);
            answer(qs.get(1), true);
            answer(qs.get(3), true);
            js("arguments[0].scrollIntoView({block: 'center'})", qs.get(7));
            Screenshots.take(driver, "issue14-quiz-bar-" + width, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> bar = (Map<String, Object>) js("const b = document.querySelector('.quiz-bar').getBoundingClientRect();"
                    + " const p = document.elementFromPoint(b.left + 10, b.top + b.height / 2);"
                    + " return {top: b.top, height: b.height, seen: !!p && document.querySelector('.quiz-bar').contains(p)}");
            double top = ((Number) bar.get("top")).doubleValue();
            double height = ((Number) bar.get("height")).doubleValue();
            assertTrue(top >= 0 && top < 100, "the bar sticks near the top @" + width + ": " + top);
            assertEquals(true, bar.get("seen"), "the bar is not covered @" + width);
            assertTrue(height <= (width < 600 ? 48 : 60), "the bar is small @" + width + ": " + height + " px");
            System.out.printf("[issue14] quiz bar @%d: top %.0f px, %.0f px tall%n", width, top, height);
            assertEquals("3 of 10 answered", find(".quiz-count").getText());
            // From question 2, Next unanswered goes to question 3, then 5 (4 is answered).
            js("arguments[0].focus()", qs.get(1).findElement(By.cssSelector("input")));
            click(".quiz-next-unanswered");
            assertTrue((Boolean) js("return arguments[0].contains(document.activeElement)", qs.get(2)), "to question 3");
            click(".quiz-next-unanswered");
            assertTrue((Boolean) js("return arguments[0].contains(document.activeElement)", qs.get(4)), "to question 5");
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) js("const r = arguments[0].getBoundingClientRect(); const b = document.querySelector('.quiz-bar').getBoundingClientRect();"
                    + " return {top: r.top, barBottom: b.bottom}", qs.get(4));
            assertTrue(((Number) q.get("top")).doubleValue() >= ((Number) q.get("barBottom")).doubleValue() - 1,
                    "the question jumped to is below the bar @" + width + ": " + q);
        }
    }

    @Test
    void tagsAreWeakestFirstAndFoldPastTheFifth() {
        open(QUIZ);
        List<WebElement> qs = all("fieldset.question");
        for (int i = 0; i < qs.size(); i++) {
            answer(qs.get(i), i % 3 != 0);
        }
        click(".quiz-submit");
        List<WebElement> tables = all(".quiz-results table.qr-breakdown");
        WebElement tags = tables.stream().filter(t -> t.getText().startsWith("By tag")).findFirst().orElseThrow();
        List<WebElement> rows = tags.findElements(By.cssSelector("tbody tr"));
        assertEquals(5, rows.size(), "five tags shown");
        WebElement more = find(".qr-more-tags");
        assertFalse(more.getDomAttribute("open") != null, "the rest folded");
        click(more.findElement(By.tagName("summary")));
        List<WebElement> all = new ArrayList<>(rows);
        all.addAll(more.findElements(By.cssSelector("tbody tr")));
        List<Double> shares = new ArrayList<>();
        for (WebElement tr : all) {
            String[] ct = tr.findElements(By.tagName("td")).get(0).getText().split("/");
            shares.add(Double.parseDouble(ct[0]) / Double.parseDouble(ct[1]));
        }
        for (int i = 1; i < shares.size(); i++) {
            assertTrue(shares.get(i - 1) <= shares.get(i), "weakest first: " + shares);
        }
        assertEquals(12, all.size(), "every tag of the quiz, 5 shown and 7 folded");
        assertEquals("7 more tags", more.findElement(By.tagName("summary")).getText());
    }

    // ------------------------------------------------------------------ 11. Tab stops

    /** Tab presses from the top of a freshly opened page until an element matching css has focus. */
    private int tabsTo(String css) {
        for (int i = 1; i <= 300; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if ((Boolean) js("return document.activeElement.matches(arguments[0])", css)) {
                return i;
            }
        }
        throw new AssertionError(css + " not reached by Tab");
    }

    @Test
    void oneTabStopPerRadioGroupAndSubmitWithinReach() {
        for (int width : WIDTHS) {
            viewport(width);
            open(QUIZ);
            int toSubmit = tabsTo(".quiz-submit");
            open(QUIZ);
            int toFirstOption = tabsTo("fieldset.question .q-options input");
            System.out.printf("[issue14] tab stops to Submit @%d: %d (46 at 1280, 43 at 390 before)%n", width, toSubmit);
            assertTrue(toSubmit <= 20, "Submit within reach @" + width + ": " + toSubmit);
            assertTrue(toSubmit < toFirstOption, "Submit (in the bar) before the first question");
            // Per single-choice question: its radio group, then Check answer, then the next question.
            WebElement q1 = all("fieldset.question").get(0);
            WebElement q2 = all("fieldset.question").get(1);
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertEquals(q1.findElement(By.cssSelector("summary.q-check")), driver.switchTo().activeElement());
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertTrue((Boolean) js("return arguments[0].contains(document.activeElement) && document.activeElement.type === 'radio'", q2),
                    "two stops per question: the options and Check answer");
            // Check still works from the keyboard: Enter marks and opens; the arrows still move the pick.
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            new Actions(driver).sendKeys(Keys.TAB, Keys.ENTER).perform();
            assertTrue(q2.getDomAttribute("class").matches(".*is-(right|wrong).*"), q2.getDomAttribute("class"));
            assertTrue(q2.findElement(By.cssSelector(".explanation")).isDisplayed());
            assertFalse(q2.findElement(By.cssSelector(".q-feedback")).getText().isEmpty());
        }
    }

    // ------------------------------------------------------------------ 7. Embedded questions

    @Test
    void embeddedQuestionsAreLabelledByTheirQuiz() {
        open("experimentation/key-takeaways.html");
        List<String> labels = all(".quiz-single .q-number").stream().map(WebElement::getText).toList();
        assertEquals(2, labels.size());
        assertNotEquals(labels.get(0), labels.get(1), "two embedded questions, two labels: " + labels);
        for (String l : labels) {
            assertTrue(l.matches("Experimentation & Data Management, question \\d+"), l);
        }
        // A blank Check shows the answer but is not recorded as a miss.
        WebElement first = find(".quiz-single fieldset.question");
        click(first.findElement(By.cssSelector(".q-check")));
        assertTrue(first.findElement(By.cssSelector(".q-feedback")).getText().startsWith("Not answered."));
        assertEquals("{}", js("return JSON.stringify(JSON.parse(localStorage.getItem('studysite:v1') || '{\"leitner\":{}}').leitner)"));
    }

    // ------------------------------------------------------------------ 3. Review

    @Test
    void reviewChecksOnlyAfterAPickAndExplainsBoxes() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open("review.html");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !all(".review-q").isEmpty());
            WebElement check = find(".review-check");
            assertFalse(check.isEnabled(), "Check waits for a pick");
            click(".review-q .q-option input");
            assertTrue(check.isEnabled(), "a pick enables Check");
            assertTrue(find(".review-help").getText().startsWith("Boxes: a missed question goes to box 1"), find(".review-help").getText());
            assertTrue(find(".review-help").isDisplayed());
            click(check);
            // Each option's why sits on its own line, below the option's text.
            for (WebElement why : all(".review-q .q-option > .why-text")) {
                WebElement label = why.findElement(By.xpath("preceding-sibling::label"));
                assertTrue(why.getRect().getY() >= label.getRect().getY() + label.getRect().getHeight() - 1,
                        "why below its option @" + width);
            }
            Screenshots.take(driver, "issue14-review-checked-" + width, ".review-q");
        }
    }

    // ------------------------------------------------------------------ 4. Exam review

    @Test
    void examReviewFiltersCountsFlagsAndMarks() {
        for (int width : WIDTHS) {
            js("localStorage.clear()");
            viewport(width);
            open(EXAM + "?seed=99");
            click(".exam-start-btn");
            // Question 1 right, 2 wrong, 3 right and flagged, 4 flagged and blank, the rest blank.
            answerExam(true);
            click(".exam-next");
            answerExam(false);
            click(".exam-next");
            answerExam(true);
            click(".exam-flag");
            click(".exam-next");
            click(".exam-flag");
            click(".exam-submit");
            click(".exam-confirm-submit");
            List<String> labels = all(".er-filter").stream().map(WebElement::getText).toList();
            assertEquals(List.of("All (45)", "Wrong (1)", "Flagged (2)", "Unanswered (42)"), labels);
            assertEquals("true", find(".er-filter-all").getDomAttribute("aria-pressed"));
            click(".er-filter-flagged");
            List<WebElement> visible = all(".exam-review-list > li").stream().filter(WebElement::isDisplayed).toList();
            assertEquals(2, visible.size());
            assertEquals(List.of("3", "4"), visible.stream().map(li -> li.getDomAttribute("value")).toList(), "numbers stay");
            for (WebElement li : visible) {
                assertTrue(li.findElement(By.cssSelector(".er-flag")).getText().contains("Flagged"));
            }
            assertEquals("Showing 2 of 45: flagged.", find(".er-showing").getText());
            click(".er-filter-wrong");
            visible = all(".exam-review-list > li").stream().filter(WebElement::isDisplayed).toList();
            assertEquals(1, visible.size());
            WebElement wrong = visible.get(0);
            // The right option: a tick and the ok colour (not only words); the wrong pick: a cross.
            WebElement right = wrong.findElement(By.cssSelector(".er-opt-right"));
            assertEquals("✓", right.findElement(By.cssSelector(".er-icon")).getText());
            assertNotEquals(right.getCssValue("border-top-color"), wrong.findElement(By.cssSelector(".er-options > li:not(.er-opt-right):not(.er-opt-wrong)"))
                    .getCssValue("border-top-color"));
            assertEquals("✗", wrong.findElement(By.cssSelector(".er-opt-wrong .er-icon")).getText());
            // Every option's why is shown (the bank has them for wrong options).
            long whys = ((Number) js("const k = arguments[0]; const q = studysite.banks.exam.questions.find((x) => x.key === k);"
                    + " return q.options.filter((o) => o.why).length", wrong.getDomAttribute("data-key"))).longValue();
            assertTrue(whys > 0);
            assertEquals(whys, wrong.findElements(By.cssSelector(".er-why")).size());
            double gap = ((Number) js("const a = arguments[0].querySelector('.er-right').getBoundingClientRect();"
                    + " const b = arguments[0].querySelector('.explanation').getBoundingClientRect(); return b.top - a.bottom", wrong)).doubleValue();
            assertTrue(gap >= 8, "space between Right answer and the explanation: " + gap);
            Screenshots.take(driver, "issue14-exam-review-" + width, ".er-filters");
            click(".er-filter-unanswered");
            assertEquals(42, all(".exam-review-list > li").stream().filter(WebElement::isDisplayed).count());

            // A reload shows the same result with its flags.
            open(EXAM);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !all(".er-filter").isEmpty());
            assertEquals(labels, all(".er-filter").stream().map(WebElement::getText).toList());
        }
    }

    private void answerExam(boolean right) {
        String key = find(".exam-q").getDomAttribute("data-key");
        @SuppressWarnings("unchecked")
        List<Long> answer = (List<Long>) js("return studysite.banks.exam.questions.find((q) => q.key === arguments[0]).answer", key);
        if (right) {
            answer.forEach(i -> click(".exam-q input[value='" + i + "']"));
        } else {
            int wrong = 0;
            while (answer.contains((long) wrong)) {
                wrong++;
            }
            click(".exam-q input[value='" + wrong + "']");
        }
    }
}

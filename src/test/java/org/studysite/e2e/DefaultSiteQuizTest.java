package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.DefaultSite;
import org.studysite.testing.Screenshots;

/**
 * A learner on the default site's Experimentation quiz: answers 8 of 10 right, checks single questions, submits,
 * reads the result, comes back later; the same page by keyboard only, without JavaScript, and printed.
 */
@BrowserTest
class DefaultSiteQuizTest {
    private static final String QUIZ = "quizzes/experimentation.html";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Missed on purpose: the quiz's only Deployment question and one Feature Engineering question. */
    private static final List<String> MISS = List.of("exp-model-signature", "exp-delta-restore");

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

    private static void open(WebDriver d, String path) {
        d.get(site.url(path));
        new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> "complete".equals(
                ((ChromeDriver) x).executeScript("return document.readyState")));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<WebElement> questions(WebDriver d) {
        return d.findElements(By.cssSelector("fieldset.question"));
    }

    /** Source indexes of the right options, from data-answer ("B", "A,C"). */
    private static List<Integer> rightIndexes(WebElement fs) {
        List<Integer> out = new ArrayList<>();
        for (String l : fs.getDomAttribute("data-answer").split(",")) {
            out.add(LETTERS.indexOf(l.trim()));
        }
        return out;
    }

    private static WebElement option(WebElement fs, int index) {
        return fs.findElement(By.cssSelector(".q-options input[value='" + index + "']"));
    }

    /** Picks the right options, or for a wrong answer the first option that is not right. */
    private static void answer(WebElement fs, boolean right) {
        List<Integer> rightOnes = rightIndexes(fs);
        if (right) {
            rightOnes.forEach(i -> click(option(fs, i)));
        } else {
            int wrong = 0;
            while (rightOnes.contains(wrong)) {
                wrong++;
            }
            click(option(fs, wrong));
        }
    }

    private static void click(WebElement e) {
        Browser.click((ChromeDriver) ((WrapsDriver) e).getWrappedDriver(), e);
    }

    private static WebElement fieldset(String questionId) {
        return driver.findElement(By.cssSelector("fieldset.question[data-question-id='" + questionId + "']"));
    }

    @Test
    void eightOfTenScoresAPassAndIsRememberedOnReload() {
        open(driver, QUIZ);
        List<WebElement> qs = questions(driver);
        assertEquals(10, qs.size());
        for (WebElement fs : qs) {
            assertFalse(fs.findElement(By.cssSelector(".explanation")).isDisplayed(), "answers start closed");
            answer(fs, !MISS.contains(fs.getDomAttribute("data-question-id")));
        }

        // Check one right and one wrong question on their own: marked, the explanation opens.
        WebElement first = qs.get(0);
        click(first.findElement(By.cssSelector(".q-check")));
        assertTrue(first.getDomAttribute("class").contains("is-right"), first.getDomAttribute("class"));
        assertEquals("Correct.", first.findElement(By.cssSelector(".q-feedback")).getText());
        assertTrue(first.findElement(By.cssSelector(".explanation")).isDisplayed());
        WebElement missed = fieldset("exp-model-signature");
        click(missed.findElement(By.cssSelector(".q-check")));
        assertTrue(missed.getDomAttribute("class").contains("is-wrong"), missed.getDomAttribute("class"));
        // Options are shuffled: the letter named is where the right option (B in the file) is shown now.
        String shownLetter = String.valueOf((char) ('A' + shownPosition(missed, 1)));
        assertEquals("Incorrect. The answer is " + shownLetter + ".", missed.findElement(By.cssSelector(".q-feedback")).getText());
        assertTrue(missed.findElement(By.cssSelector(".explanation")).isDisplayed());
        assertTrue(missed.findElement(By.cssSelector(".q-option[data-index='1'] .q-mark")).getText().contains("right answer"));

        click(driver.findElement(By.cssSelector(".quiz-submit")));
        String results = text(".quiz-results");
        assertTrue(results.contains("8/10 correct · 80% · PASS (pass mark 70%)"), results);
        assertEquals("Good: You have a solid understanding; review the topics you missed.", text(".qr-band"));
        assertFalse(results.contains("Excellent"), results);
        assertEquals("Weakest domain: Model Deployment and Management (0/1, 0%)", text(".qr-weakest"));
        assertTrue(results.contains("ML Development and Feature Engineering 5/6 83%"), results);
        assertTrue(results.contains("ML Operations (MLOps) 3/3 100%"), results);
        assertEquals(driver.findElement(By.cssSelector(".quiz-results .qr-title")), driver.switchTo().activeElement(),
                "the result's heading takes focus so a screen reader reads it");
        for (WebElement fs : questions(driver)) {
            boolean miss = MISS.contains(fs.getDomAttribute("data-question-id"));
            assertTrue(fs.getDomAttribute("class").contains(miss ? "is-wrong" : "is-right"), fs.getDomAttribute("id"));
        }

        // The two misses, each linking to its question and to its study notes.
        List<WebElement> items = driver.findElements(By.cssSelector(".qr-missed > li"));
        assertEquals(2, items.size());
        Map<String, String> studyPage = Map.of("exp-model-signature", "experimentation/mlflow-tracking.html#signatures-and-input-examples",
                "exp-delta-restore", "experimentation/delta-lake.html#restoring-a-table");
        List<String> listed = new ArrayList<>();
        for (WebElement li : items) {
            List<WebElement> links = li.findElements(By.tagName("a"));
            String self = links.get(0).getDomAttribute("href");
            String qid = self.substring("#q-".length());
            listed.add(qid);
            assertEquals(fieldset(qid), driver.findElement(By.id("q-" + qid)));
            assertTrue(links.size() >= 2, li.getText());
            assertEquals(site.url(studyPage.get(qid)), links.get(1).getDomProperty("href"), li.getText());
            assertTrue(li.getText().contains("Study: "), li.getText());
        }
        assertEquals(List.of("exp-model-signature", "exp-delta-restore"), listed, "in question order");
        for (int width : new int[] {1280, 390}) {
            Browser.viewport(driver, width, width < 600 ? 844 : 900);
            assertEquals(List.of(), Browser.overflowingX(driver), "fits " + width + " px");
            Screenshots.take(driver, "quiz-submitted-" + width, ".quiz-results");
            Screenshots.take(driver, "quiz-submitted-question-" + width, "#q-exp-model-signature");
        }
        Browser.viewport(driver, 1280, 900);

        // A second, worse attempt: 5 right.
        click(driver.findElement(By.cssSelector(".quiz-retry-all")));
        List<WebElement> again = questions(driver);
        for (int i = 0; i < again.size(); i++) {
            answer(again.get(i), i < 5);
        }
        click(driver.findElement(By.cssSelector(".quiz-submit")));
        assertTrue(text(".quiz-results").contains("5/10 correct · 50% · FAIL"), text(".quiz-results"));
        assertEquals("On the right track: Several areas need more study; reread the notes linked from the questions you missed.",
                text(".qr-band"));

        // Back later: the last attempt and the best are shown, with the last attempt's answers marked.
        open(driver, QUIZ);
        String history = text(".quiz-history");
        assertTrue(history.startsWith("Last attempt: 5/10 (50%) on "), history);
        assertTrue(history.contains("Best: 8/10 (80%) · 2 attempts"), history);
        assertTrue(text(".quiz-results").contains("5/10 correct · 50% · FAIL"), text(".quiz-results"));
        assertTrue(option(questions(driver).get(0), rightIndexes(questions(driver).get(0)).get(0)).isSelected());
        assertEquals(5, driver.findElements(By.cssSelector("fieldset.question.is-right")).size());

        // The quiz index shows the best score.
        open(driver, "quizzes/index.html");
        assertEquals("Best: 80% (pass)",
                driver.findElement(By.cssSelector(".quiz-card[data-quiz-id='experimentation'] .quiz-best")).getText());
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Test
    void keyboardOnly() {
        open(driver, QUIZ);
        List<WebElement> qs = questions(driver);
        WebElement q1 = qs.get(0);
        WebElement q2 = qs.get(1);
        // Start from the last link before the quiz ("Study first") and go on by keyboard alone.
        List<WebElement> related = driver.findElements(By.cssSelector(".quiz-related a"));
        driver.executeScript("arguments[0].focus()", related.get(related.size() - 1));
        Actions keys = new Actions(driver);

        // The quiz bar comes first: Next unanswered, then Submit, then the first question.
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(driver.findElement(By.cssSelector(".quiz-next-unanswered")), focused());
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(driver.findElement(By.cssSelector(".quiz-bar .quiz-submit")), focused(), "Submit two stops into the quiz");
        // Options are shuffled on the page: the keyboard walks them in the order shown, and the letters follow it.
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(shown(q1, 0), focused(), "Tab reaches the first option shown");
        keys.sendKeys(Keys.SPACE).perform();
        assertTrue(shown(q1, 0).isSelected(), "Space selects");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertTrue(shown(q1, 1).isSelected(), "an arrow moves the choice");
        assertFalse(shown(q1, 0).isSelected());
        assertEquals(shown(q1, 1), focused());
        keys.sendKeys(Keys.TAB).perform();
        // Check is the answer's own toggle (one stop, not a Check button and a "Show answer" summary).
        WebElement summary = q1.findElement(By.cssSelector("details.answer > summary"));
        assertEquals(q1.findElement(By.cssSelector(".q-check")), focused(), "Tab leaves the group for Check");
        assertEquals(summary, focused());
        assertEquals("Check answer", summary.getText());
        keys.sendKeys(Keys.ENTER).perform();
        assertTrue(q1.getDomAttribute("class").contains(verdict(q1, shown(q1, 1))), "Enter on Check marks it");
        assertTrue(q1.findElement(By.cssSelector(".explanation")).isDisplayed());
        assertEquals("Hide answer", summary.getText(), "an open answer's toggle says what it will do");
        keys.sendKeys(Keys.ENTER).perform();
        assertFalse(q1.findElement(By.cssSelector(".explanation")).isDisplayed(), "Enter on the summary folds the answer");
        assertTrue(q1.getDomAttribute("class").contains(verdict(q1, shown(q1, 1))), "the marks stay");
        assertEquals("Check answer", summary.getText());
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(shown(q2, 0), focused(), "Tab reaches the next question");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertTrue(shown(q2, 1).isSelected());
        keys.sendKeys(Keys.TAB).perform();
        assertEquals(q2.findElement(By.cssSelector(".q-check")), focused());
        keys.sendKeys(Keys.SPACE).perform();
        String verdict = verdict(q2, shown(q2, 1));
        assertTrue(q2.getDomAttribute("class").contains(verdict), "Space on Check marks it");
        String rightLetter = String.valueOf((char) ('A' + shownPosition(q2, rightIndexes(q2).get(0))));
        assertEquals(verdict.equals("is-right") ? "Correct." : "Incorrect. The answer is " + rightLetter + ".",
                q2.findElement(By.cssSelector(".q-feedback")).getText().replaceFirst("^(Correct\\.).*", "$1"));
    }

    /** The option shown at this position (0 = first on the page, whatever its place in the quiz file). */
    private static WebElement shown(WebElement fs, int position) {
        return fs.findElements(By.cssSelector(".q-options input")).get(position);
    }

    private static int shownPosition(WebElement fs, int sourceIndex) {
        List<WebElement> inputs = fs.findElements(By.cssSelector(".q-options input"));
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getDomAttribute("value").equals(String.valueOf(sourceIndex))) {
                return i;
            }
        }
        throw new AssertionError("no option " + sourceIndex);
    }

    /** The class Check must give a single-choice question when this option is picked. */
    private static String verdict(WebElement fs, WebElement picked) {
        return rightIndexes(fs).contains(Integer.parseInt(picked.getDomAttribute("value"))) ? "is-right" : "is-wrong";
    }

    @Test
    void withoutJavaScriptAnswersOpenOnDemand() {
        Browser.withoutJavaScript(driver, () -> {
            ChromeDriver plain = driver;
            open(plain, QUIZ);
            assertFalse(plain.findElement(By.tagName("html")).getDomAttribute("class") != null
                    && plain.findElement(By.tagName("html")).getDomAttribute("class").contains("js"));
            List<WebElement> qs = questions(plain);
            assertEquals(10, qs.size());
            assertTrue(plain.findElements(By.cssSelector(".q-check, .quiz-submit")).isEmpty(), "no Check or Submit buttons");
            for (WebElement fs : qs) {
                assertFalse(fs.findElement(By.cssSelector(".explanation")).isDisplayed(), "answers hidden");
                assertFalse(fs.findElement(By.cssSelector(".answer-letters")).isDisplayed());
            }
            WebElement fs = qs.get(2);
            click(fs.findElement(By.cssSelector(".q-options input[value='1']")));
            assertTrue(fs.findElement(By.cssSelector(".q-options input[value='1']")).isSelected(), "options still work");
            click(fs.findElement(By.cssSelector("details.answer > summary")));
            assertTrue(fs.findElement(By.cssSelector(".explanation")).isDisplayed());
            assertEquals("A", fs.findElement(By.cssSelector(".answer-letters")).getText());
            assertTrue(fs.findElement(By.cssSelector(".refs a")).isDisplayed());
            assertFalse(qs.get(3).findElement(By.cssSelector(".explanation")).isDisplayed(), "only that answer opens");
        });
    }

    @Test
    void printedAnswersShowOnlyWhenOpened() {
        open(driver, QUIZ);
        List<WebElement> qs = questions(driver);
        answer(qs.get(0), true);
        click(qs.get(0).findElement(By.cssSelector(".q-check")));
        click(qs.get(1).findElement(By.cssSelector("details.answer > summary")));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(qs.get(0).findElement(By.cssSelector(".explanation")).isDisplayed(), "checked: printed");
            assertTrue(qs.get(1).findElement(By.cssSelector(".explanation")).isDisplayed(), "opened: printed");
            for (WebElement fs : qs.subList(2, qs.size())) {
                assertFalse(fs.findElement(By.cssSelector(".explanation")).isDisplayed(), "closed: not printed");
                assertFalse(fs.findElement(By.cssSelector("details.answer")).isDisplayed(), "not even its summary");
                assertTrue(fs.findElement(By.cssSelector(".q-prompt")).isDisplayed());
            }
            assertFalse(driver.findElement(By.cssSelector(".quiz-submit")).isDisplayed(), "no buttons on paper");
            assertFalse(qs.get(0).findElement(By.cssSelector(".q-check")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertTrue(driver.findElement(By.cssSelector(".quiz-submit")).isDisplayed());
    }

    /** A band message that starts by repeating its label (as imported quizzes often have) is not shown twice. */
    @Test
    void aBandMessageRepeatingItsLabelIsShownOnce() {
        open(driver, QUIZ);
        for (WebElement li : driver.findElements(By.cssSelector(".quiz-bands li"))) {
            String label = li.getDomAttribute("data-label").replaceAll("[!.]+$", "").toLowerCase();
            assertFalse(li.getDomProperty("textContent").toLowerCase().startsWith(label),
                    "the default quiz's own messages do not repeat their labels: " + li.getDomProperty("textContent"));
        }
        driver.executeScript("const b = document.querySelector('.quiz-bands li[data-min-percent=\"0\"]');"
                + " b.dataset.label = 'More intensive review needed';"
                + " b.textContent = 'More intensive review needed: reread the linked notes.';");
        click(driver.findElement(By.cssSelector(".quiz-submit")));
        click(driver.findElement(By.cssSelector(".quiz-confirm-submit")));
        assertEquals("More intensive review needed: reread the linked notes.", text(".qr-band"));
    }

    /** "Retry missed" hides the questions answered right and says so, with a way back to the whole quiz. */
    @Test
    void retryMissedSaysWhatIsHiddenAndShowsAllAgain() {
        open(driver, QUIZ);
        List<WebElement> qs = questions(driver);
        for (WebElement fs : qs) {
            answer(fs, !MISS.contains(fs.getDomAttribute("data-question-id")));
        }
        assertFalse(driver.findElement(By.cssSelector(".quiz-round")).isDisplayed(), "no note on a normal round");
        click(driver.findElement(By.cssSelector(".quiz-submit")));
        click(driver.findElement(By.cssSelector(".quiz-retry-missed")));
        assertEquals(2, questions(driver).stream().filter(WebElement::isDisplayed).count());
        WebElement note = driver.findElement(By.cssSelector(".quiz-round"));
        assertTrue(note.isDisplayed());
        assertTrue(note.getText().startsWith("Retrying the 2 questions you missed; the ones you got right are hidden."),
                note.getText());
        assertEquals("status", note.getDomAttribute("role"));
        click(note.findElement(By.cssSelector("button.quiz-show-all")));
        assertEquals(10, questions(driver).stream().filter(WebElement::isDisplayed).count(), "all questions back");
        assertFalse(driver.findElement(By.cssSelector(".quiz-round")).isDisplayed());
    }
}

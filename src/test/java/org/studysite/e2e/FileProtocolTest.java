package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.Sites;

/** A reader who opens site-output/ straight from disk (file://) gets styled pages and working quizzes. */
@BrowserTest
class FileProtocolTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static Path out;

    @BeforeAll
    static void build(ChromeDriver chrome) {
        out = tmp.resolve("site-output");
        BuildResult r = Sites.build(Path.of("content"), out);
        assertTrue(r.ok(), r.diagnostics().toString());
        driver = chrome;
    }


    @Test
    void quizScoresWhenOpenedFromDisk() {
        driver.get(out.resolve("quizzes/experimentation.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector(".quiz button")).isEmpty());
        List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
        assertEquals(10, questions.size());
        for (WebElement q : questions) {
            String first = q.getDomAttribute("data-answer").split(",")[0];
            int index = first.charAt(0) - 'A';
            Browser.click(driver, q.findElement(By.cssSelector("input[value='" + index + "']")));
        }
        WebElement submit = driver.findElements(By.cssSelector(".quiz button")).stream()
                .filter(b -> b.getText().contains("Submit")).findFirst().orElseThrow();
        Browser.click(driver, submit);
        String results = driver.findElement(By.cssSelector(".quiz-results")).getText();
        assertTrue(results.contains("PASS"), results);
        String css = (String) driver.executeScript("return getComputedStyle(document.body).fontFamily");
        assertTrue(css.contains("system-ui") || css.contains("sans"), "site.css applied: " + css);
    }

    /** The exam and review pages load their banks with <script src>, which works from disk (fetch would not). */
    @Test
    void examReviewAndProgressWorkWhenOpenedFromDisk() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
        driver.get(out.resolve("exams/ml-professional.html").toUri().toString());
        Browser.click(driver, wait.until(d -> d.findElement(By.cssSelector(".exam-start-btn"))));
        WebElement q = wait.until(d -> d.findElement(By.cssSelector(".exam-q")));
        assertTrue(q.getText().startsWith("Question 1 of 45"), q.getText());
        Browser.click(driver, q.findElement(By.cssSelector("input")));
        Browser.click(driver, driver.findElement(By.cssSelector(".exam-submit")));
        Browser.click(driver, wait.until(d -> d.findElement(By.cssSelector(".exam-confirm-submit"))));
        String result = wait.until(d -> d.findElement(By.cssSelector(".exam-result"))).getText();
        assertTrue(result.contains("/45 correct") && result.contains("FAIL"), result);

        driver.get(out.resolve("review.html").toUri().toString());
        WebElement card = wait.until(d -> d.findElement(By.cssSelector(".review-q")));
        Browser.click(driver, card.findElement(By.cssSelector("input")));
        Browser.click(driver, driver.findElement(By.cssSelector(".review-check")));
        assertTrue(card.findElement(By.cssSelector(".q-feedback")).getText().contains("Now in box"));

        driver.get(out.resolve("progress.html").toUri().toString());
        String summary = wait.until(d -> d.findElement(By.cssSelector(".progress-summary li"))).getText();
        assertTrue(summary.startsWith("Questions seen: "), summary);
        assertTrue(!summary.startsWith("Questions seen: 0 "), "the exam and the review were recorded: " + summary);
    }
}

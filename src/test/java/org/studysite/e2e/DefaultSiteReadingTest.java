package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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

/**
 * Reading the default site on a phone and with the keyboard: nothing cut off behind an overflow that cannot
 * scroll, no name broken mid-word, wide tables and diagrams as named scroll regions, one tab stop per code block
 * and none per heading permalink, the contents list before the article, the exam's Next on screen, the 404 page
 * as wide as a page, study-path days said once.
 */
@BrowserTest
class DefaultSiteReadingTest {
    /** Every element that scrolls or clips sideways: clipped content, or a scroller the keyboard cannot reach. */
    private static final String HIDDEN_OVERFLOW = """
            const out = [];
            const name = (e) => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim()
              ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const focusable = (e) => e.tabIndex >= 0
              || e.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
            for (const e of document.querySelectorAll('main *, .site-header *')) {
              if (e.closest('.visually-hidden, svg, [hidden]') || !e.getClientRects().length || e.clientWidth <= 1) continue;
              const over = e.scrollWidth - e.clientWidth;
              const cs = getComputedStyle(e);
              if (over <= 1 || cs.display === 'inline' || cs.overflowX === 'visible') continue;
              const text = (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
              if (cs.overflowX === 'hidden' || cs.overflowX === 'clip') {
                out.push(name(e) + ': ' + over + ' px cut off (overflow-x: ' + cs.overflowX + '): ' + text);
              } else if (!focusable(e)) {
                out.push(name(e) + ': scrolls ' + over + ' px but the keyboard cannot reach it: ' + text);
              } else if (e.tabIndex >= 0 && e.tagName !== 'PRE' && !e.getAttribute('aria-label')) {
                out.push(name(e) + ': a focusable scroll region without a name: ' + text);
              }
            }
            return out;
            """;

    /**
     * Line breaks between two letters or digits of one text run ("LogisticRegr/ession"), outside code blocks; a
     * break between the camel-case words of a long name ("Multiclass/Classification", a point the renderer offers
     * only in names too long for a line) is not mid-word.
     */
    private static final String MID_WORD_BREAKS = """
            const out = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const t = n.data;
              const el = n.parentElement;
              if (!/\\w\\w/.test(t) || el.closest('pre, .visually-hidden, svg, [hidden]') || !el.getClientRects().length) continue;
              let bottom = null;
              for (let i = 0; i < t.length; i++) {
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                const r = range.getClientRects()[0];
                if (!r || r.width === 0) continue;
                const hump = /[a-z]/.test(t[i - 1]) && /[A-Z]/.test(t[i]);
                if (bottom !== null && r.top >= bottom - 1 && /[A-Za-z0-9]/.test(t[i]) && /[A-Za-z0-9]/.test(t[i - 1]) && !hump) {
                  out.push(el.tagName.toLowerCase() + ': ' + t.slice(Math.max(0, i - 15), i) + '/' + t.slice(i, i + 15));
                }
                bottom = r.bottom;
              }
            }
            return out;
            """;

    /** The focused element, described: region (header, nav, toc, main, footer), tag, class, name. */
    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const region = e.closest('.toc') ? 'toc' : e.closest('#site-nav') ? 'nav' : e.closest('.site-header') ? 'header'
              : e.closest('main') ? 'main' : e.closest('footer') ? 'footer' : 'other';
            return region + ' ' + e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
              + ' ' + (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
            """;

    static DefaultSite site;
    static ChromeDriver driver;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start(ChromeDriver chrome, DefaultSite shared) {
        site = shared;
        driver = chrome;
    }

    @BeforeEach
    void clearStorage() {
        Browser.startClean(driver, site);
    }

    @AfterEach
    void noProblems() {
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Opens path at width; a page with a diagram is scrolled to it and waits until it is drawn. */
    private void open(String path, int width) {
        Browser.viewport(driver, width, width < 600 ? 844 : 900);
        driver.get(site.url(path));
        wait(10).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        if (!driver.findElements(By.cssSelector("pre.mermaid")).isEmpty()) {
            driver.executeScript("document.querySelectorAll('pre.mermaid').forEach((p) => p.scrollIntoView())");
            wait(20).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return [...document.querySelectorAll('pre.mermaid')].every((p) => p.querySelector('svg'))")));
        }
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @SuppressWarnings("unchecked")
    private void checkNothingHidden(String state) {
        driver.executeScript("document.querySelectorAll('main details').forEach((d) => { d.open = true; })");
        for (String p : (List<String>) driver.executeScript(HIDDEN_OVERFLOW)) {
            problems.add(state + ": " + p);
        }
        for (String p : (List<String>) driver.executeScript(MID_WORD_BREAKS)) {
            problems.add(state + ": broken mid-word: " + p);
        }
        for (String p : Browser.overflowingX(driver)) {
            problems.add(state + ": wider than the screen: " + p);
        }
    }

    /**
     * A 390 px phone, every page kind and the states a learner sees: every table, code block and diagram either
     * fits or scrolls with a keyboard stop, nothing is clipped, no name breaks inside a word.
     */
    @Test
    void onAPhoneNothingIsCutOffAndNoNameBreaksMidWord() {
        for (String path : List.of("index.html", "reference/concepts-compared.html", "overview/index.html",
                "overview/study-paths.html", "domains/ml-fundamentals.html", "domains/feature-engineering.html",
                "domains/deployment.html", "experimentation/feature-store.html", "reference/top-mistakes.html",
                "quizzes/index.html", "quizzes/deployment.html", "quizzes/ml-fundamentals.html",
                "exams/ml-professional.html", "review.html", "progress.html", "paths.html", "all-pages.html",
                "404.html")) {
            open(path, 390);
            checkNothingHidden(path + " @390");
        }

        open("quizzes/ml-fundamentals.html", 390);
        driver.findElements(By.cssSelector("fieldset.question")).stream().limit(5)
                .forEach(fs -> driver.executeScript("arguments[0].click()", fs.findElement(By.cssSelector(".q-option input"))));
        driver.executeScript("document.querySelector('.quiz-submit').click()");
        // A partly answered quiz may ask first ("N unanswered: submit anyway?"): its last button submits.
        wait(5).until(d -> {
            if (d.findElement(By.cssSelector(".quiz-results")).isDisplayed()) {
                return true;
            }
            d.findElements(By.cssSelector("dialog[open] button:last-of-type")).forEach(WebElement::click);
            return false;
        });
        checkNothingHidden("quiz submitted @390");

        open("exams/ml-professional.html?seed=7", 390);
        driver.findElement(By.cssSelector(".exam-start-btn")).click();
        toCodeQuestion();
        checkNothingHidden("exam, a code question @390");
        driver.findElement(By.cssSelector(".exam-submit")).click();
        driver.findElement(By.cssSelector(".exam-confirm-submit")).click();
        wait(5).until(d -> d.findElement(By.cssSelector(".exam-result")).isDisplayed());
        checkNothingHidden("exam result @390");

        open("review.html", 390);
        checkNothingHidden("review with missed questions @390");
        open("progress.html", 390);
        checkNothingHidden("progress with an attempt @390");
    }

    /** Clicks Next until the exam shows a question with a code block; fails if none of the 45 has one. */
    private void toCodeQuestion() {
        for (int i = 0; i < 45 && driver.findElements(By.cssSelector(".exam-question pre")).isEmpty(); i++) {
            driver.findElement(By.cssSelector(".exam-next")).click();
        }
        assertTrue(!driver.findElements(By.cssSelector(".exam-question pre")).isEmpty(), "a code question in the draw");
    }

    /** A table wider than a phone scrolls inside a named region the keyboard can focus and scroll. */
    @Test
    void aWideTableIsANamedScrollRegionTheKeyboardScrolls() {
        open("reference/concepts-compared.html", 390);
        WebElement region = driver.findElement(By.cssSelector(".table-scroll"));
        assertTrue(((Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", region)).intValue() > 0,
                "the first comparison table is wider than a phone");
        assertEquals("region", region.getDomAttribute("role"));
        assertTrue(region.getDomAttribute("aria-label").startsWith("Table: Supervised, Unsupervised"), region.getDomAttribute("aria-label"));
        assertEquals("0", region.getDomAttribute("tabindex"));
        driver.executeScript("arguments[0].focus()", region);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        wait(2).until(d -> ((Number) driver.executeScript("return arguments[0].scrollLeft", region)).intValue() > 0);
        assertTrue(driver.executeScript("return getComputedStyle(arguments[0]).backgroundImage", region).toString()
                .contains("radial-gradient"), "the edge shade that says more is hidden");

        open("reference/concepts-compared.html", 1280);
        List<?> fitting = (List<?>) driver.executeScript("return [...document.querySelectorAll('.table-scroll')]"
                + ".filter((r) => r.scrollWidth <= r.clientWidth).map((r) => r.getAttribute('tabindex'))");
        assertTrue(!fitting.isEmpty() && fitting.stream().allMatch(t -> t == null),
                "a table that fits costs no tab stop: " + fitting);
    }

    /**
     * A long note, tabbed through from the top at 1280 px: the contents list comes before the article, heading
     * permalinks and Copy buttons are no stops, each code block is one. (Before: 72 stops on this note, the
     * contents first reached at stop 59; 12 permalinks and 9 Copy buttons.)
     */
    @Test
    void aLongNoteCostsOneStopPerCodeBlockAndTheContentsComeFirst() {
        for (int width : new int[] {1280, 390}) {
            open("experimentation/feature-store.html", width);
            List<String> stops = tabStops();
            // Code blocks shown (not the ones in a closed "Solution")
            long codeBlocks = (Long) driver.executeScript("return [...document.querySelectorAll('main pre.code')].filter((p) => p.checkVisibility()).length");
            int firstToc = indexOf(stops, "toc ");
            int firstMain = indexOf(stops, "main ");
            String all = width + " px, " + stops.size() + " stops:\n" + String.join("\n", stops);
            assertTrue(stops.stream().noneMatch(s -> s.contains("a.anchor")), "permalinks are no tab stop: " + all);
            assertTrue(stops.stream().noneMatch(s -> s.contains("copy-button")), "Copy is no tab stop: " + all);
            assertEquals(codeBlocks, stops.stream().filter(s -> s.startsWith("main pre.code")).count(), "one stop per code block: " + all);
            assertTrue(firstToc > 0 && firstToc < firstMain, "the contents list before the article: " + all);
            assertTrue(stops.size() <= (width == 1280 ? 55 : 36), "was 72 at 1280 px, 53 at 390 px: " + all);
            System.out.println("tab stops on experimentation/feature-store.html at " + width + " px: " + stops.size()
                    + ", contents first at stop " + (firstToc + 1));
        }
    }

    private static int indexOf(List<String> stops, String prefix) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** Presses Tab from the top of the page until focus leaves the page or comes round again. */
    private List<String> tabStops() {
        driver.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String now = (String) driver.executeScript(FOCUSED);
            if (now == null || (!stops.isEmpty() && now.equals(stops.get(0)))) {
                break;
            }
            stops.add(now);
        }
        return stops;
    }

    /** The code block is the one stop, so Ctrl+C on it copies it all and says so; its button shows the key. */
    @Test
    void ctrlCOnAFocusedCodeBlockCopiesIt() {
        open("experimentation/delta-lake.html", 1280);
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement pre = driver.findElement(By.cssSelector("main .code-block pre"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", pre);
        new Actions(driver).click(driver.findElement(By.cssSelector("main h1"))).perform();
        for (int i = 0; i < 60 && !pre.equals(driver.switchTo().activeElement()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(pre, driver.switchTo().activeElement(), "the code block is reached with Tab");
        assertEquals(" · Ctrl+C", driver.executeScript("return getComputedStyle(document.querySelector('main .copy-button'), '::after').content")
                .toString().replace("\"", ""));
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).perform();
        WebElement status = driver.findElement(By.cssSelector("main p.copy-status[role=status]"));
        wait(5).until(d -> "Code copied to clipboard".equals(status.getDomProperty("textContent")));
        String copied = (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])");
        assertEquals(pre.findElement(By.tagName("code")).getDomProperty("innerText"), copied);
    }

    /**
     * The feature-flow diagram (1,374 px drawn; shrunk to 630 px it had 7 px text, 4 px on a phone) keeps its
     * labels at 12 px or more and scrolls inside a named region the keyboard can focus and scroll.
     */
    @Test
    void aWideDiagramKeepsReadableTextAndScrolls() {
        for (int width : new int[] {1280, 390}) {
            open("domains/feature-engineering.html", width);
            WebElement pre = driver.findElement(By.cssSelector("pre.mermaid"));
            double text = ((Number) driver.executeScript("""
                    const svg = arguments[0].querySelector('svg');
                    const label = svg.querySelector('.nodeLabel, text');
                    return parseFloat(getComputedStyle(label).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    """, pre)).doubleValue();
            assertTrue(text >= 12, width + " px: diagram text " + text + " px");
            assertTrue(((Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", pre)).intValue() > 0,
                    width + " px: the diagram is wider than the column, so it scrolls");
            assertEquals("region", pre.getDomAttribute("role"));
            assertTrue(pre.getDomAttribute("aria-label").startsWith("Diagram"), pre.getDomAttribute("aria-label"));
            driver.executeScript("arguments[0].focus()", pre);
            assertEquals(pre, driver.switchTo().activeElement(), "focusable");
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
            wait(2).until(d -> ((Number) driver.executeScript("return arguments[0].scrollLeft", pre)).intValue() > 0);
            System.out.println("diagram text at " + width + " px: " + Math.round(text * 10) / 10.0 + " px");
        }
    }

    /**
     * The exam: Previous and Next stay on screen on question 1 at 1280 px and on a code question on a phone; the
     * phone's top bar is one slim line; code in a question keeps no room for a Copy button it never gets.
     */
    @Test
    void examNavigationStaysOnScreenAndTheBarIsSlim() {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Browser.viewport(driver, size[0], size[1]);
            driver.get(site.url("404.html"));
            driver.executeScript("localStorage.clear()");
            driver.get(site.url("exams/ml-professional.html?seed=7"));
            driver.findElement(By.cssSelector(".exam-start-btn")).click();
            nextIsOnScreen(size[0] + " px, question 1");
            toCodeQuestion();
            nextIsOnScreen(size[0] + " px, a code question");
            driver.executeScript("window.scrollTo(0, document.body.scrollHeight / 3)");
            nextIsOnScreen(size[0] + " px, scrolled down a third");
            double gap = ((Number) driver.executeScript("const b = document.querySelector('.exam-question .code-block');"
                    + " return parseFloat(getComputedStyle(b).paddingTop)")).doubleValue();
            assertEquals(0, gap, size[0] + " px: no room kept above code in a question");
            assertTrue(driver.findElements(By.cssSelector(".exam-question .copy-button")).isEmpty());
            if (size[0] < 600) {
                double bar = ((Number) driver.executeScript(
                        "return document.querySelector('.exam-bar').getBoundingClientRect().height")).doubleValue();
                assertTrue(bar <= 60, "the phone's exam bar is " + bar + " px (it was 95)");
                System.out.println("exam bar at 390 px: " + bar + " px");
            }
        }
    }

    private void nextIsOnScreen(String state) {
        Map<?, ?> r = (Map<?, ?>) driver.executeScript("""
                const rect = (s) => document.querySelector(s).getBoundingClientRect();
                const n = rect('.exam-next'), p = rect('.exam-prev');
                return {top: Math.min(n.top, p.top), bottom: Math.max(n.bottom, p.bottom), height: innerHeight};
                """);
        double top = ((Number) r.get("top")).doubleValue();
        double bottom = ((Number) r.get("bottom")).doubleValue();
        assertTrue(top >= 0 && bottom <= ((Number) r.get("height")).doubleValue(), state + ": Previous/Next at " + r);
    }

    /** The 404 page at 1280 px: a main column as wide as a page's, the site header with search, the sections. */
    @Test
    void theNotFoundPageIsAFullPageWithTheHeaderAndTheSections() {
        open("404.html", 1280);
        double column = ((Number) driver.executeScript("return document.querySelector('main').getBoundingClientRect().width")).doubleValue();
        assertTrue(column >= 500, "main column " + column + " px");
        double h1 = ((Number) driver.executeScript("return document.querySelector('h1').getBoundingClientRect().height")).doubleValue();
        assertTrue(h1 < 60, "'Page not found' on one line: " + h1 + " px");
        assertTrue(driver.findElement(By.id("site-search-input")).isDisplayed(), "the search box");
        // Links start from the base path of site.yml (the page is served at any depth), which the home link is.
        String base = driver.findElement(By.cssSelector(".brand")).getDomAttribute("href");
        assertTrue(base.startsWith("/") && base.endsWith("/"), base);
        List<String> practice = driver.findElements(By.cssSelector(".header-nav a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("quizzes/index.html", "exams/ml-professional.html", "review.html", "progress.html", "paths.html"),
                practice.stream().map(h -> h.startsWith(base) ? h.substring(base.length()) : h).toList(),
                "the header's practice links, from the base path: " + practice);
        List<String> sections = driver.findElements(By.cssSelector("main nav a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertTrue(sections.size() >= 4 && sections.stream().allMatch(h -> h.startsWith(base)), sections.toString());
        for (String href : sections) {
            driver.get(site.url(href.substring(base.length())));
            assertTrue(!driver.getTitle().startsWith("Page not found"), href);
        }
    }

    /** "16. Day 20: full mock exam": the day is said once, and the days left out are named as rest or review. */
    @Test
    void studyPathsSayEachDayOnceAndWhyDaysAreSkipped() {
        open("paths.html", 1280);
        assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.path-days')).listStyleType"));
        List<String> days = driver.findElements(By.cssSelector("#path-three-weeks .path-days > li")).stream()
                .map(li -> li.getText().lines().findFirst().orElse("")).toList();
        assertEquals("Day 6: review the experimentation topics", days.get(5));
        assertTrue(days.get(6).startsWith("Day 7: rest or review."), days.get(6));
        assertEquals("Day 8: Spark ML transformers", days.get(7));
    }
}

package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildOptions;
import org.studysite.testing.Browser;
import org.studysite.testing.BrowserTest;
import org.studysite.testing.Sites;

/**
 * An open note whose file is edited is swapped in place (serve's live.js), not reloaded, and the swapped page is the
 * page a fresh load of the same URL gives: the same DOM, enhancements included (copy buttons, "Mark as read", the
 * contents block), the live-reload bits left out. For a body edit (main changes), a title edit (the title, the
 * head's metadata and the sidebar change) and a heading edit (the contents column changes).
 */
@BrowserTest
class ServeSwapBrowserTest {
    /** The document without what serve adds (its meta, stylesheet and script, the state it marks on html). */
    private static final String DOM = """
            const html = document.documentElement.cloneNode(true);
            html.querySelectorAll('meta[name="studysite-live"], link[href^="/__studysite/"], script[src^="/__studysite/"],'
              + ' #studysite-live-errors').forEach((e) => e.remove());
            ['data-studysite-live', 'data-studysite-busy', 'data-studysite-swap'].forEach((a) => html.removeAttribute(a));
            return html.outerHTML;
            """;

    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static LivePreview preview;
    static Path content;

    @BeforeAll
    static void start(ChromeDriver chrome) throws IOException {
        driver = chrome;
        content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        preview = LivePreview.start(new BuildOptions(content, null, null, true, null), "127.0.0.1", 0,
                u -> u.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void aBodyEditIsSwappedInAsAFreshLoadShowsIt() {
        Path note = content.resolve("domains/deployment.md");
        String edited = Sites.read(note) + "\nA paragraph saved while the page was open.\n";
        assertSwapEqualsFreshLoad("domains/deployment.html", note, edited, // the sidebar is the same element still
                "return document.querySelector('main').textContent.includes('A paragraph saved while the page was open.')",
                "return window.sidebar === document.getElementById('site-nav')");
    }

    @Test
    void aTitleEditSwapsTheSidebarAndTitleAsAFreshLoadShowsThem() {
        Path note = content.resolve("domains/mlops.md");
        String edited = Sites.read(note).replaceFirst("\ntitle: [^\n]*", "\ntitle: MLOps, retitled while open")
                .replaceFirst("\nsidebar_label: [^\n]*", "\nsidebar_label: MLOps, renamed while open");
        assertTrue(edited.contains("renamed while open"), "the note has a sidebar label to change");
        assertSwapEqualsFreshLoad("domains/mlops.html", note, edited,
                "return document.title.includes('MLOps, retitled while open')"
                        + " && document.getElementById('site-nav').textContent.includes('MLOps, renamed while open')",
                "return true");
    }

    @Test
    void aHeadingEditSwapsTheContentsAsAFreshLoadShowsThem() {
        Path note = content.resolve("domains/training-evaluation.md");
        String edited = Sites.read(note) + "\n## A heading added while open\n\nIts text.\n";
        assertSwapEqualsFreshLoad("domains/training-evaluation.html", note, edited,
                "const toc = document.querySelector('.toc'); return !!toc && toc.textContent.includes('A heading added while open')",
                "return true");
    }

    /**
     * Opens path, saves the note as edited, waits for shown, checks that the page was not reloaded and that kept
     * holds (what must not have been replaced), then compares the page with a fresh load of it.
     */
    private static void assertSwapEqualsFreshLoad(String path, Path note, String edited, String shown, String kept) {
        String url = "http://127.0.0.1:" + preview.port() + "/" + path;
        Browser.viewport(driver, 1280, 800);
        driver.get(url);
        waitFor(d -> "ready".equals(js("return document.documentElement.dataset.studysiteSwap")));
        driver.executeScript("window.sameDocument = true; window.sidebar = document.getElementById('site-nav')");
        Sites.write(note, edited);
        waitFor(d -> Boolean.TRUE.equals(js(shown)));
        assertEquals(Boolean.TRUE, js("return window.sameDocument"), "swapped in place, not reloaded");
        assertEquals(Boolean.TRUE, js(kept), "only what differs is replaced: " + kept);
        String swapped = settledDom();
        driver.get(url);
        waitFor(d -> "complete".equals(js("return document.readyState")));
        assertEquals(settledDom(), swapped);
    }

    /** The DOM once two frames have passed (ResizeObserver callbacks, such as site.js's table tab stops, have run). */
    private static String settledDom() {
        driver.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        return (String) js(DOM);
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private static <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }
}

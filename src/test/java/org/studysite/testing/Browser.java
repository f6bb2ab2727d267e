package org.studysite.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from the system (never Selenium Manager). One driver per test class: starting one costs ~1 s. */
public final class Browser {
    private Browser() {
    }

    public static ChromeDriver start(boolean javascript) {
        String chrome = chromePath();
        String driver = driverPath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1100,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(driver)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return d;
    }

    /**
     * Sets the layout viewport to width × height CSS pixels (window sizes include browser chrome, and a headless
     * window cannot shrink below ~500 px, so the device metrics are overridden instead).
     */
    /** Each test starts at 1280 × 900 with an empty localStorage for the site's origin (set from its 404 page). */
    public static void startClean(ChromeDriver driver, DefaultSite site) {
        viewport(driver, 1280, 900);
        driver.get(site.url("404.html"));
        driver.executeScript("localStorage.clear()");
    }

    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(Math.max(width, 800), Math.max(height, 600)));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Clicks like a pointer user: the element scrolled to the middle of the viewport first, clear of sticky bars
     * (WebDriver's own scrolling can leave it under the site header and the click then hits the header).
     */
    public static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Elements that stick out past the right edge of the layout viewport, which makes a phone zoom the whole page
     * out or scroll it sideways. Elements inside a box that scrolls or clips sideways (code, tables) are fine and
     * not listed. Empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    public static List<String> overflowingX(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                const w = document.documentElement.clientWidth;
                const clipped = (e) => {
                  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true;
                  }
                  return false;
                };
                const out = [];
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.right <= w + 1 || clipped(e)) continue;
                  out.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(r.right) + ' > ' + w + ': ' + (e.textContent || '').trim().slice(0, 60));
                }
                if (document.documentElement.scrollWidth > w + 1) out.push('page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);
                return out;
                """);
    }

    /** The Chromium binary: {@code STUDYSITE_CHROME}, else Debian's. */
    public static String chromePath() {
        return env("STUDYSITE_CHROME", "/usr/bin/chromium");
    }

    /** The matching chromedriver: {@code STUDYSITE_CHROMEDRIVER}, else Debian's. */
    public static String driverPath() {
        return env("STUDYSITE_CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /**
     * Runs body with JavaScript switched off in this driver's tab, as for a reader who disabled it (the same
     * Chromium, so a class needs no second browser), and switches it back on afterwards.
     */
    public static void withoutJavaScript(ChromeDriver driver, Runnable body) {
        driver.get("about:blank");
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            body.run();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            driver.get("about:blank");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

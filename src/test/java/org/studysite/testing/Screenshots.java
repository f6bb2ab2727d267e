package org.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Viewport screenshots for a human to look at, written outside the repository (STUDYSITE_SHOTS, default
 * /tmp/shots). Never compared by tests: they are for reviewing layout at phone and desktop widths.
 */
public final class Screenshots {
    private static final Path DIR = Path.of(System.getenv().getOrDefault("STUDYSITE_SHOTS", "/tmp/shots"));

    private Screenshots() {
    }

    /** Scrolls the element matching css (if any) to the top of the viewport and saves DIR/name.png. */
    public static Path take(ChromeDriver driver, String name, String css) {
        if (css != null) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.cssSelector(css)));
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

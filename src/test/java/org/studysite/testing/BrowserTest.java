package org.studysite.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives real Chromium. Its {@code @BeforeAll} method may take a {@code ChromeDriver} (one per
 * class, quit after it) and a {@link DefaultSite} (the default content, built once per test run). Without a
 * browser the class is skipped with one line naming the packages to install; under {@code CI=true} it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}

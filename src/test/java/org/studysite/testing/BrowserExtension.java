package org.studysite.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The one place browser tests get Chromium and the default site from (see {@link BrowserTest}). Starting Chromium
 * costs about a second and building the default site about as much, so each is done once: a driver per class, the
 * site per run (kept in the root store, which JUnit closes when the run ends).
 */
public final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
    private static final Namespace NS = Namespace.create(BrowserExtension.class);
    static final String INSTALL_HINT = "browser tests skipped: Chromium not found (" + Browser.chromePath() + ", "
            + Browser.driverPath() + "); install the Debian packages chromium and chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available() || ci()) {
            return ConditionEvaluationResult.enabled("Chromium present (or CI=true, where its absence fails)");
        }
        ExtensionContext.Store root = context.getRoot().getStore(NS);
        if (root.getOrComputeIfAbsent("hint-printed", k -> Boolean.FALSE) == Boolean.FALSE) {
            root.put("hint-printed", Boolean.TRUE);
            System.out.println(INSTALL_HINT);
        }
        return ConditionEvaluationResult.disabled(INSTALL_HINT);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!available()) {
            throw new IllegalStateException("CI=true but " + INSTALL_HINT.replace("browser tests skipped: ", ""));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ChromeDriver.class || type == DefaultSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ChromeDriver.class) {
            ExtensionContext classContext = context.getRoot() == context ? context : classContext(context);
            return classContext.getStore(NS).getOrComputeIfAbsent("driver", k -> new DriverResource(), DriverResource.class).driver;
        }
        if (type == DefaultSite.class) {
            return context.getRoot().getStore(NS)
                    .getOrComputeIfAbsent("default-site", k -> DefaultSite.startShared(), DefaultSite.class);
        }
        throw new ParameterResolutionException("not a browser-test parameter: " + type);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    static boolean available() {
        return Files.isExecutable(Path.of(Browser.chromePath())) && Files.isExecutable(Path.of(Browser.driverPath()));
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Quits Chromium when the class's store is closed. */
    private static final class DriverResource implements ExtensionContext.Store.CloseableResource {
        final ChromeDriver driver = Browser.start(true);

        @Override
        public void close() {
            driver.quit();
        }
    }
}

package org.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (installed by the Maven build into src/test/js/node_modules) run in the page under test. The pages'
 * CSP (script-src 'self') does not apply to WebDriver's executeScript, so the library is injected as source.
 */
public final class Axe {
    private static final Path SCRIPT = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    /** One violated rule: its id, impact, help text and the offending nodes (CSS selector path and HTML). */
    public record Violation(String id, String impact, String help, List<String> targets, List<String> html) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(id + " (" + impact + "): " + help);
            for (int i = 0; i < targets.size(); i++) {
                b.append("\n      ").append(targets.get(i)).append("  ").append(html.get(i));
            }
            return b.toString();
        }
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: run `mvn generate-test-resources` (npm ci in src/test/js)", e);
            }
        }
        return source;
    }

    /**
     * Runs every WCAG 2.0/2.1 A/AA rule and every best-practice rule (such as empty-table-header) on the current
     * document and returns the violations (none: an empty list). WCAG 2.2 (target-size) is not yet included: the
     * skip link fails it on 404.html.
     */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(JavascriptExecutor driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(source());
        }
        Object raw = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                  .then((r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((n) => JSON.stringify(n.target)),
                    html: v.nodes.map((n) => n.html.slice(0, 200))}))))
                  .catch((e) => done('axe failed: ' + e));
                """);
        if (raw instanceof String error) {
            throw new IllegalStateException(error);
        }
        List<Violation> out = new ArrayList<>();
        for (Object o : (List<Object>) raw) {
            Map<String, Object> v = (Map<String, Object>) o;
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets"), (List<String>) v.get("html")));
        }
        return out;
    }
}

package org.studysite.cli;

import java.io.PrintWriter;
import org.studysite.pipeline.BuildResult;
import org.studysite.diag.Diagnostic;

/**
 * Prints diagnostics one per line as path:LINE:COL, and, under GitHub Actions, also as workflow commands so pull
 * requests show them on the contributor's diff.
 */
final class Reporter {
    /** How many times one warning (same message and hint) is printed before the rest are only counted. */
    static final int SAME_WARNING_SHOWN = 3;

    private Reporter() {
    }

    static void print(BuildResult result, String contentPrefix, PrintWriter err) {
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            // The same warning in many files (a field another generator uses, in every page of an imported docs
            // folder) is shown a few times, then counted, so errors and other warnings are not buried.
            String kind = d.isError() ? null : d.message() + "\u0000" + d.hint();
            int n = kind == null ? 0 : seen.merge(kind, 1, Integer::sum);
            if (n > SAME_WARNING_SHOWN) {
                continue;
            }
            err.println(prefixed(d, contentPrefix).format());
            if (github) {
                err.println(d.githubAnnotation(contentPrefix));
            }
        }
        seen.forEach((kind, n) -> {
            if (n > SAME_WARNING_SHOWN) {
                err.println("… and " + (n - SAME_WARNING_SHOWN) + " more of the warning: " + kind.substring(0, kind.indexOf('\u0000')));
            }
        });
        err.flush();
    }

    /** Paths are shown from where the user ran the command (content/notes/a.md), so editors can jump to them. */
    static Diagnostic prefixed(Diagnostic d, String prefix) {
        String file = d.file().startsWith("templates/") || d.file().startsWith("(") ? d.file() : prefix + d.file();
        return d.inFile(file);
    }

    static String contentPrefix(java.nio.file.Path content) {
        String p = content.normalize().toString().replace('\\', '/');
        return p.isEmpty() || p.equals(".") ? "" : p.endsWith("/") ? p : p + "/";
    }
}

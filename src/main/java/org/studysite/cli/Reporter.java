package org.studysite.cli;

import java.io.PrintWriter;
import org.studysite.build.BuildResult;
import org.studysite.diag.Diagnostic;

/**
 * Prints diagnostics one per line as path:LINE:COL, and, under GitHub Actions, also as workflow commands so pull
 * requests show them on the contributor's diff.
 */
final class Reporter {
    private Reporter() {
    }

    static void print(BuildResult result, String contentPrefix, PrintWriter err) {
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        for (Diagnostic d : result.diagnostics()) {
            err.println(prefixed(d, contentPrefix).format());
            if (github) {
                err.println(d.githubAnnotation(contentPrefix));
            }
        }
        err.flush();
    }

    /** Paths are shown from where the user ran the command (content/notes/a.md), so editors can jump to them. */
    private static Diagnostic prefixed(Diagnostic d, String prefix) {
        String file = d.file().startsWith("templates/") || d.file().startsWith("(") ? d.file() : prefix + d.file();
        return new Diagnostic(d.severity(), file, d.line(), d.column(), d.message(), d.hint());
    }

    static String contentPrefix(java.nio.file.Path content) {
        String p = content.normalize().toString().replace('\\', '/');
        return p.isEmpty() || p.equals(".") ? "" : p.endsWith("/") ? p : p + "/";
    }
}

package org.studysite.pipeline;

import java.util.List;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;

/** The outcome of a build: its diagnostics (sorted), page count, whether output was written, and the time. */
public record BuildResult(List<Diagnostic> diagnostics, int pages, boolean written, long millis) {
    static BuildResult of(Diagnostics d, int pages, long startNanos, boolean written) {
        return new BuildResult(d.sorted(), pages, written, (System.nanoTime() - startNanos) / 1_000_000);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}

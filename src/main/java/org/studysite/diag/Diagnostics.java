package org.studysite.diag;

import org.studysite.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of a build. Stages report here instead of throwing, so a contributor sees every
 * problem at once. Thread-safe because notes are loaded and rendered in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void error(SourcePosition at, String message, String hint) {
        add(Diagnostic.error(at, message, hint));
    }

    public void warning(SourcePosition at, String message, String hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics in a stable order (file, line, column), whatever order the threads reported them in. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}

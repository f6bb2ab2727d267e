package org.studysite.load;

import org.studysite.diag.Diagnostics;
import org.studysite.model.SourcePosition;

/**
 * The diagnostics of one file. Counts its own errors because the shared {@link Diagnostics} is filled by
 * other files in parallel, so "did this file fail?" cannot be read from it.
 */
final class FileReport {
    private final String file;
    private final Diagnostics diagnostics;
    private int errors;

    FileReport(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message, String hint) {
        errors++;
        diagnostics.error(new SourcePosition(file, line, column), message, hint);
    }

    void error(Json at, String message, String hint) {
        error(at.line(), at.column(), message, hint);
    }

    void warning(Json at, String message, String hint) {
        diagnostics.warning(new SourcePosition(file, at.line(), at.column()), message, hint);
    }

    boolean hasErrors() {
        return errors > 0;
    }

    SourcePosition position(Json at) {
        return new SourcePosition(file, at.line(), at.column());
    }
}

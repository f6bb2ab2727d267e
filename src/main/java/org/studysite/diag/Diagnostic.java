package org.studysite.diag;

import java.util.Comparator;

import org.studysite.model.SourcePosition;

/**
 * One problem in the user's content, as data: where it is (a {@link SourcePosition}: path relative to the content
 * folder, 1-based line and column, 0 when unknown), what is wrong and what to do about it.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at, message, hint);
    }

    public static Diagnostic warning(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at, message, hint);
    }

    public String file() {
        return position.file();
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with the file shown under another name (the content folder prefixed, for annotations). */
    public Diagnostic inFile(String file) {
        return new Diagnostic(severity, new SourcePosition(file, line(), column()), message, hint);
    }

    /** {@code path:LINE:COL: error: what is wrong — what to do}, the shape compilers and editors understand. */
    public String format() {
        String where = file() + ":" + Math.max(line(), 1) + ":" + Math.max(column(), 1);
        String text = where + ": " + severity.label() + ": " + message;
        return hint == null || hint.isBlank() ? text : text + " — " + hint;
    }

    /** A GitHub Actions workflow command, so the problem shows inline on the pull request's diff. */
    public String githubAnnotation(String contentPrefix) {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        String text = hint == null || hint.isBlank() ? message : message + " — " + hint;
        return "::" + kind + " file=" + escapeProperty(contentPrefix + file()) + ",line=" + Math.max(line(), 1)
                + ",col=" + Math.max(column(), 1) + "::" + escapeData(text);
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}

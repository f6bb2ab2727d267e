package org.studysite.diag;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}

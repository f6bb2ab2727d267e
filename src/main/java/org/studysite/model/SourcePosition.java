package org.studysite.model;

/** A place in a content file: path relative to the content folder (forward slashes), 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    public static SourcePosition start(String file) {
        return new SourcePosition(file, 1, 1);
    }
}

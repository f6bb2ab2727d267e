package org.studysite.model;

/** A place in a content file: path relative to the content folder (forward slashes), 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    public static SourcePosition start(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /** A problem with the file as a whole (it cannot be read, it is not UTF-8 …): no line to point at. */
    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** {@code file:line:col}, as messages name another place ("also used at a.md:3:1"). */
    public String where() {
        return file + ":" + line + ":" + column;
    }
}

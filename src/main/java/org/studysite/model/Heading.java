package org.studysite.model;

/** A heading of a note with its anchor id (GitHub-compatible unless given as {#id}) and text. */
public record Heading(int level, String id, String text, SourcePosition position) {
}

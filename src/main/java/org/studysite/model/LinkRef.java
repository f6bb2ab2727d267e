package org.studysite.model;

/** A link or image destination written in a note, where it was written. */
public record LinkRef(String destination, boolean image, SourcePosition position) {
}

package org.studysite.model;

/** A file beside the notes (image, PDF, …) copied to the site as it is. */
public record Asset(String sourcePath) {
}

package org.studysite.model;

/** Label and position of a content folder, from its _category_.json (Docusaurus). */
public record Category(String folder, String label, Integer position, boolean collapsed) {
}

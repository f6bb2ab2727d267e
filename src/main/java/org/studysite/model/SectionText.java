package org.studysite.model;

/**
 * The readable text of one section of a note, captured while the load stage walks the note's one parse, for the
 * search index. The first section of a note (before its first h2/h3) has a null headingId and heading.
 *
 * @param level 0 for the first section, else the heading's level (2 or 3; deeper headings stay in their section)
 */
public record SectionText(String headingId, int level, String heading, String text) {
}

package org.studysite.model;

/**
 * One item of a study path day, parsed once at load: a note id, {@code quiz:ID} or {@code exam:ID}, where it was
 * written in site.yml. Resolve checks it and render links it; neither parses the text again.
 */
public record StudyItem(Kind kind, String id, String written, SourcePosition position) {
    public enum Kind { NOTE, QUIZ, EXAM }

    public static StudyItem parse(String written, SourcePosition position) {
        if (written.startsWith("quiz:")) {
            return new StudyItem(Kind.QUIZ, written.substring(5), written, position);
        }
        if (written.startsWith("exam:")) {
            return new StudyItem(Kind.EXAM, written.substring(5), written, position);
        }
        return new StudyItem(Kind.NOTE, written, written, position);
    }
}

package org.studysite.model;

import java.util.List;

/**
 * A named study path ("3 weeks from zero"): ordered days, each a list of items. Each item is a {@link StudyItem}
 * (note id, "quiz:ID" or "exam:ID") with its own position.
 */
public record StudyPath(String id, String title, String description, List<Day> days) {
    public record Day(String title, List<StudyItem> items, SourcePosition position) {
    }
}

package org.studysite.model;

import java.util.List;

/**
 * A named study path ("3 weeks from zero"): ordered days, each a list of items. An item is a note id,
 * "quiz:ID" or "exam:ID".
 */
public record StudyPath(String id, String title, String description, List<Day> days) {
    public record Day(String title, List<String> items, SourcePosition position) {
    }
}

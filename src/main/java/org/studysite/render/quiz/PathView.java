package org.studysite.render.quiz;

import java.util.List;

/** A study path for paths.ftlh. */
public record PathView(String id, String title, String description, List<DayView> days) {

    public record DayView(int number, String title, List<ItemView> items) {
    }

    /** kind is "note", "quiz" or "exam"; id is the note/quiz/exam id; contentHash only for quizzes (else ""). */
    public record ItemView(String kind, String id, String label, String href, String contentHash) {
    }

    public int itemCount() {
        return days.stream().mapToInt(d -> d.items().size()).sum();
    }
}

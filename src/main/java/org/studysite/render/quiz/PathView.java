package org.studysite.render.quiz;

import java.util.List;

/** A study path for paths.ftlh. */
public record PathView(String id, String title, String description, List<DayView> days) {

    /**
     * One day: number is the day it is (from a "Day N" title, else one after the day before), title says it once
     * ("Day 20: mock exams"); skippedBefore names the days the path leaves out just before this one ("Day 7",
     * "Days 21 to 23"), which paths.ftlh shows as rest or review days, else "".
     */
    public record DayView(int number, String title, List<ItemView> items, String skippedBefore) {
    }

    /** kind is "note", "quiz" or "exam"; id is the note/quiz/exam id; contentHash only for quizzes (else ""). */
    public record ItemView(String kind, String id, String label, String href, String contentHash) {
    }

    public int itemCount() {
        return days.stream().mapToInt(d -> d.items().size()).sum();
    }
}

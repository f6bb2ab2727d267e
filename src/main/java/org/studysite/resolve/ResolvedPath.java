package org.studysite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studysite.model.StudyPath;

/**
 * A study path with its days numbered, once, by resolve: render maps it to the paths page and reads no title.
 *
 * @param days the path's days in order, each with the day it is and the days left out before it
 */
public record ResolvedPath(StudyPath path, List<PlannedDay> days) {

    /**
     * One day: number is the day it is (from a "Day N" title, else one after the day before), heading says it once
     * ("Day 20: mock exams"); skippedBefore names the days the path leaves out just before this one ("Day 7",
     * "Days 21 to 23"), rest or review days, else "".
     */
    public record PlannedDay(StudyPath.Day day, int number, String heading, String skippedBefore) {
    }

    /** A day title that says its day: "Day 20: mock exams", "day 3 - Delta Lake". */
    private static final Pattern DAY_TITLE = Pattern.compile("day\\s+(\\d{1,4})\\b", Pattern.CASE_INSENSITIVE);

    public ResolvedPath {
        days = List.copyOf(days);
    }

    public static ResolvedPath of(StudyPath path) {
        List<PlannedDay> days = new ArrayList<>();
        int previous = 0;
        for (StudyPath.Day day : path.days() == null ? List.<StudyPath.Day>of() : path.days()) {
            String title = day.title() == null ? "" : day.title().strip();
            Matcher numbered = DAY_TITLE.matcher(title);
            int number = numbered.lookingAt() ? Integer.parseInt(numbered.group(1)) : previous + 1;
            String heading = numbered.lookingAt() ? title : title.isEmpty() ? "Day " + number : "Day " + number + ": " + title;
            // Days left out between two planned days (not before the first) are rest or review days.
            String skipped = previous == 0 ? "" : number == previous + 2 ? "Day " + (previous + 1)
                    : number > previous + 2 ? "Days " + (previous + 1) + " to " + (number - 1) : "";
            days.add(new PlannedDay(day, number, heading, skipped));
            previous = Math.max(previous, number);
        }
        return new ResolvedPath(path, days);
    }
}

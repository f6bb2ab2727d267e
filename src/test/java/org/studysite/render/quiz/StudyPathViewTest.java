package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studysite.model.SourcePosition;
import org.studysite.model.StudyPath;

/**
 * Study-path days say their day once ("16. Day 20: full mock exam" was the list number and the title), and the
 * days a path leaves out are named where they fall, so paths.ftlh can say they are rest or review days.
 */
class StudyPathViewTest {
    private static final SourcePosition POS = new SourcePosition("site.yml", 1, 1);

    private static List<PathView.DayView> days(String... titles) {
        StudyPath path = new StudyPath("p", "P", "", Arrays.stream(titles)
                .map(t -> new StudyPath.Day(t, List.of(), POS)).toList());
        return QuizViews.paths(List.of(org.studysite.resolve.ResolvedPath.of(path)), item -> null, id -> "").get(0).days();
    }

    @Test
    void aTitleThatSaysItsDayIsShownAsItIsAndTheGapsAreNamed() {
        List<PathView.DayView> days = days("Day 1: overview", "Day 2: estimators", "Day 6: review", "day 8 - Spark ML",
                "Day 9: pipelines");
        assertEquals(List.of("Day 1: overview", "Day 2: estimators", "Day 6: review", "day 8 - Spark ML", "Day 9: pipelines"),
                days.stream().map(PathView.DayView::title).toList());
        assertEquals(List.of(1, 2, 6, 8, 9), days.stream().map(PathView.DayView::number).toList());
        assertEquals(List.of("", "", "Days 3 to 5", "Day 7", ""), days.stream().map(PathView.DayView::skippedBefore).toList());
    }

    @Test
    void aTitleWithoutItsDayGetsTheNextDayInFrontAndNoTitleIsJustTheDay() {
        List<PathView.DayView> days = days("Basics", null, "Day 5: mock exam", "Checklist");
        assertEquals(List.of("Day 1: Basics", "Day 2", "Day 5: mock exam", "Day 6: Checklist"),
                days.stream().map(PathView.DayView::title).toList());
        assertEquals(List.of("", "", "Days 3 to 4", ""), days.stream().map(PathView.DayView::skippedBefore).toList());
    }

    @Test
    void aDayRepeatedOrGoingBackIsNotAGap() {
        List<PathView.DayView> days = days("Day 3: a", "Day 3: b", "Day 2: c", "Day 4: d");
        assertEquals(List.of("", "", "", ""), days.stream().map(PathView.DayView::skippedBefore).toList());
    }

    @Test
    void dayInsideAWordIsNotADayNumber() {
        assertEquals("Day 1: Daydream 3", days("Daydream 3").get(0).title());
    }
}

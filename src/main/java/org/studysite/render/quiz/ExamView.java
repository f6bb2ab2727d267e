package org.studysite.render.quiz;

import java.util.List;

/**
 * A mock exam ready for exam.ftlh. questionCount is what an attempt really draws (sum of domain counts, which may
 * be below the configured count when a pool is too small). bankJson is safe to print inside
 * {@code <script type="application/json">} with ?no_esc.
 */
public record ExamView(
        String id,
        String title,
        String descriptionHtml,
        int questionCount,
        int minutes,
        int passPercent,
        String multiSelectScoring,
        List<ExamDomainView> domains,
        List<LinkView> quizzes,
        String bankJson) {
}

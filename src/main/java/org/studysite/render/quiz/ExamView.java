package org.studysite.render.quiz;

import java.util.List;

/**
 * A mock exam ready for exam.ftlh. questionCount is what an attempt really draws (sum of domain counts, which may
 * be below the configured count when a pool is too small). bank is written to exams/ID.bank.js (not printed in the
 * page).
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
        Banks.ExamBank bank) {
}

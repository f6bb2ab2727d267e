package org.studysite.render.quiz;

/**
 * Data for progress.ftlh / review.ftlh: counts the templates print, and the banks written beside the pages
 * (progress.bank.js; review.bank.js, only when built with questions, else null).
 */
public record ProgressView(int domainCount, int quizCount, int questionCount, int cardCount, int noteCount,
                           Banks.ProgressBank progress, Banks.ReviewBank review) {
}

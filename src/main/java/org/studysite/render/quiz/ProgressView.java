package org.studysite.render.quiz;

/**
 * Data for progress.ftlh / review.ftlh: a JSON document (domains, quizzes, exams, notes, and for the review page all
 * questions) safe to print inside {@code <script type="application/json">} with ?no_esc.
 */
public record ProgressView(int domainCount, int quizCount, int questionCount, int noteCount, String dataJson) {
}

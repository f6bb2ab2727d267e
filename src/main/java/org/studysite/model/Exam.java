package org.studysite.model;

import java.util.List;

/**
 * A mock exam (content/exams/ID.json). poolQuizzes/poolTags empty means: every question whose domain is in
 * this exam.
 */
public record Exam(
        String id,
        String title,
        String description,
        int questionCount,
        int minutes,
        int passPercent,
        List<Domain> domains,
        List<String> poolQuizzes,
        List<String> poolTags,
        String multiSelectScoring,
        String sourcePath) {
}

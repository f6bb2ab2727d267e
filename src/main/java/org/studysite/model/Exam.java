package org.studysite.model;

import java.util.List;

/**
 * A mock exam (content/exams/ID.json). poolQuizzes/poolTags empty means: every question whose domain is in
 * this exam.
 */
public record Exam(
        String id,
        String title,
        MarkdownText description,
        int questionCount,
        int minutes,
        int passPercent,
        List<Domain> domains,
        List<String> poolQuizzes,
        List<String> poolTags,
        String multiSelectScoring,
        String sourcePath,
        Locations locations) {

    /** Without source locations (exams built in code); cross-file problems then point at the file's start. */
    public Exam(String id, String title, MarkdownText description, int questionCount, int minutes, int passPercent,
                List<Domain> domains, List<String> poolQuizzes, List<String> poolTags, String multiSelectScoring,
                String sourcePath) {
        this(id, title, description, questionCount, minutes, passPercent, domains, poolQuizzes, poolTags,
                multiSelectScoring, sourcePath, Locations.unknown(sourcePath));
    }

    /**
     * Where the values that cross-file checks complain about were written: the "questions" count, the "domains"
     * list, and each pool quiz id (parallel to poolQuizzes).
     */
    public record Locations(SourcePosition questions, SourcePosition domains, List<SourcePosition> poolQuizzes) {
        public static Locations unknown(String file) {
            return new Locations(SourcePosition.start(file), SourcePosition.start(file), List.of());
        }

        public SourcePosition poolQuiz(int index, String file) {
            return index < poolQuizzes.size() ? poolQuizzes.get(index) : SourcePosition.start(file);
        }
    }
}

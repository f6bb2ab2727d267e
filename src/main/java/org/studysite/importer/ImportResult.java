package org.studysite.importer;

import org.studysite.diag.Diagnostic;

import java.util.List;

/** The quizzes recovered from one file and the warnings about what could not be. */
public record ImportResult(List<ImportedQuiz> quizzes, List<Diagnostic> diagnostics) {
    public int questionsFound() {
        return quizzes.stream().mapToInt(ImportedQuiz::questionsFound).sum();
    }

    public int questionsImported() {
        return quizzes.stream().mapToInt(q -> q.questions().size()).sum();
    }

    /** Everything found was imported (warnings about images or quality do not count against it). */
    public boolean complete() {
        return questionsImported() > 0 && questionsImported() == questionsFound();
    }
}

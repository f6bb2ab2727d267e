package org.studysite.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from a content folder: the input of the resolve stage. failedQuizFiles are quiz and exam files
 * that had errors (already reported): checks that need every question (exam pools, quiz references) skip them
 * rather than pile consequential errors on top.
 */
public record Content(Path root, SiteConfig config, List<Note> notes, List<Category> categories,
                      List<Quiz> quizzes, List<Exam> exams, List<Asset> assets, List<String> failedQuizFiles) {
    public Content withConfig(SiteConfig c) {
        return new Content(root, c, notes, categories, quizzes, exams, assets, failedQuizFiles);
    }

    /** The ids a failed quiz file probably had (its file name), so references to it are not reported again. */
    public boolean mayBeFailedQuiz(String quizId) {
        return failedQuizFiles.stream().anyMatch(f -> f.substring(f.lastIndexOf('/') + 1).equals(quizId + ".json"));
    }
}

package org.studysite.model;

import java.nio.file.Path;
import java.util.List;

/** Everything loaded from a content folder: the input of the resolve stage. */
public record Content(Path root, SiteConfig config, List<Note> notes, List<Category> categories,
                      List<Quiz> quizzes, List<Exam> exams, List<Asset> assets) {
    public Content withConfig(SiteConfig c) {
        return new Content(root, c, notes, categories, quizzes, exams, assets);
    }
}

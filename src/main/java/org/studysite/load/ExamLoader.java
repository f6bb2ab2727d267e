package org.studysite.load;

import java.util.Optional;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Exam;

/** TEMPORARY stand-in until the quiz branch lands. */
public final class ExamLoader {
    public static Optional<Exam> load(String rel, String json, Diagnostics d) {
        return Optional.empty();
    }
}

package org.studysite.load;

import java.util.Optional;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Quiz;

/** TEMPORARY stand-in until the quiz branch lands. */
public final class QuizLoader {
    public static Optional<Quiz> load(String rel, String json, Diagnostics d) {
        return Optional.empty();
    }
}

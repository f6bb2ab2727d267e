package org.studysite.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an export wrote and what it had to leave out or change, counted by reason (one line each, not one a question). */
public final class ExportReport {
    private int written;
    private int cardsWritten;
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    public void wrote() {
        written++;
    }

    /** One flashcard written (it counts in {@link #written} too). */
    public void wroteCard() {
        written++;
        cardsWritten++;
    }

    public int cardsWritten() {
        return cardsWritten;
    }

    /** Something the format could not hold, for the question or card {@code id}. */
    public void note(String reason, String id) {
        notes.computeIfAbsent(reason, k -> new ArrayList<>()).add(id);
    }

    /** Flashcards are written by the Anki export only: the other formats name them here as left out. */
    public void cardsLeftOut(org.studysite.model.Quiz quiz, String format) {
        quiz.cards().forEach(c -> note(format + " holds questions only; flashcards left out (--format anki writes"
                + " them)", c.id()));
    }

    public int written() {
        return written;
    }

    /** "2 questions: Aiken holds one right answer; left out (a, b)" — reason → ids, in the order first seen. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        notes.forEach((reason, ids) -> {
            String shown = ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
            lines.add(ids.size() + (ids.size() == 1 ? " item: " : " items: ") + reason + " (" + shown + ")");
        });
        return lines;
    }

    public Map<String, List<String>> notes() {
        return notes;
    }
}

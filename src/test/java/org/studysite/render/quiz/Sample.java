package org.studysite.render.quiz;

import java.util.ArrayList;
import java.util.List;

import org.studysite.model.Band;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.MarkdownText;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.model.SourcePosition;

/** A small quiz (10 questions, 2 domains, 2 multi-select) and an exam over it, built in Java. */
final class Sample {
    static final String D1 = "workflows";
    static final String D2 = "deploy";
    static final SourcePosition POS = SourcePosition.start("quizzes/basics.json");

    /** Right answers as source indexes, by question number 1..10. */
    static final int[][] ANSWERS = {{1}, {0}, {0, 2}, {3}, {2}, {1}, {1, 2, 3}, {0}, {2}, {3}};
    static final boolean[] MULTI = {false, false, true, false, false, false, true, false, false, false};

    private Sample() {
    }

    static Question question(int n) {
        int[] a = ANSWERS[n - 1];
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            options.add(new Option(text("Option " + (char) ('A' + i) + " of q" + n), text("Because " + (char) ('A' + i) + " q" + n)));
        }
        return new Question("q" + n, text("Prompt of question " + n + " with `code`"), options,
                java.util.Arrays.stream(a).boxed().toList(), MULTI[n - 1], n == 7, text("Explanation " + n),
                n <= 6 ? D1 : D2, n % 2 == 0 ? List.of("even", "core") : List.of("odd"), 2,
                List.of(Ref.parse(n <= 6 ? "notes/tracking#runs" : "notes/serving", POS)), POS);
    }

    static Quiz quiz(String id, boolean shuffle) {
        List<Question> qs = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            qs.add(question(n));
        }
        return new Quiz(id, id.equals("basics") ? "Basics quiz" : "Shuffled quiz", text("Ten questions on **basics**."),
                null, List.of(new Band(90, "Excellent", "Ready for the exam."), new Band(60, "Good", "Review the misses."),
                new Band(0, "Keep going", "Study the notes first.")),
                List.of(Ref.parse("notes/tracking", POS)), shuffle, shuffle, null, List.copyOf(qs),
                "quizzes/" + id + ".json", id.equals("basics") ? "hash-basics-1" : "hash-" + id + "-1");
    }

    static Exam exam(int questionCount, int minutes) {
        return new Exam("mock", "Mock exam", text("A *practice* exam."), questionCount, minutes, 70,
                List.of(new Domain(D1, "ML workflows", 60, List.of(Ref.parse("notes/tracking", POS)), POS),
                        new Domain(D2, "Deployment", 40, List.of(Ref.parse("notes/serving", POS)), POS)),
                List.of("basics"), List.of(), null, "exams/mock.json");
    }

    /** Text as the stand-in renderer below reads it: no compiled form, no links. */
    static MarkdownText text(String markdown) {
        return new MarkdownText(markdown, POS.file(), null, List.of());
    }

    /** A stand-in Markdown renderer: escapes, `code`, **bold**, wraps in a paragraph. */
    static String md(MarkdownText text) {
        String h = text.markdown().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("`([^`]+)`", "<code>$1</code>").replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
                .replaceAll("\\*([^*]+)\\*", "<em>$1</em>");
        return "<p>" + h + "</p>";
    }
}

package org.studysite.export;

import org.studysite.model.MarkdownText;
import org.studysite.model.Question;
import org.studysite.model.Quiz;

import java.io.IOException;
import java.io.Writer;

/**
 * Moodle's Aiken format, which holds only what it can: single-answer questions with their prompt and options each on
 * one line ("A. text") and "ANSWER: B". Select-all-that-apply questions are left out, multi-line prompts and options
 * are joined into one line, and explanations, whys, quizzes and refs are dropped; the report counts each.
 */
public final class AikenExporter implements Exporter {
    private static final int MAX_OPTIONS = 26;

    @Override
    public String format() {
        return "aiken";
    }

    @Override
    public void write(ExportBank bank, Writer out, ExportReport report) throws IOException {
        boolean first = true;
        for (Quiz quiz : bank.quizzes()) {
            report.cardsLeftOut(quiz, "Aiken");
            for (Question q : quiz.questions()) {
                if (q.multiple()) {
                    report.note("Aiken holds one right answer; select-all-that-apply questions left out", q.id());
                    continue;
                }
                if (q.options().size() > MAX_OPTIONS) {
                    report.note("more options than letters A-Z; left out", q.id());
                    continue;
                }
                boolean joined = q.prompt().markdown().contains("\n")
                        || q.options().stream().anyMatch(o -> o.text().markdown().contains("\n"));
                if (joined) {
                    report.note("Aiken holds one line per prompt and option; line breaks joined into spaces", q.id());
                }
                if (!MarkdownText.isBlank(q.explanation())
                        || q.options().stream().anyMatch(o -> !MarkdownText.isBlank(o.why()))) {
                    report.note("Aiken has no feedback; explanation and whys not written", q.id());
                }
                out.write((first ? "" : "\n") + oneLine(q.prompt().markdown()) + "\n");
                for (int i = 0; i < q.options().size(); i++) {
                    out.write((char) ('A' + i) + ". " + oneLine(q.options().get(i).text().markdown()) + "\n");
                }
                out.write("ANSWER: " + (char) ('A' + q.answer().get(0)) + "\n");
                report.wrote();
                first = false;
            }
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

package org.studysite.export;

import org.studysite.importer.GiftImporter;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Moodle GIFT, lossless for what GIFT holds: one {@code $CATEGORY} per quiz, {@code ::id::} as the question's name,
 * {@code [markdown]} text with GIFT's escapes (line breaks as {@code \n}, so a question is one block), {@code =}/{@code ~}
 * options with their why as feedback, the explanation as general feedback. A select-all-that-apply question is
 * written with weights: its right options share 100%, its wrong ones -100%, so guessing every box earns nothing.
 * Domain, tags, difficulty and refs have no place in GIFT and are not written.
 */
public final class GiftExporter implements Exporter {
    @Override
    public String format() {
        return "gift";
    }

    @Override
    public void write(ExportBank bank, Writer out, ExportReport report) throws IOException {
        out.write("// " + oneLine(bank.siteTitle()) + ": exported by studysite, one category per quiz.\n");
        for (Quiz quiz : bank.quizzes()) {
            report.cardsLeftOut(quiz, "GIFT");
            // Moodle reads the category line without unescaping it; a '/' would open a sub-category.
            out.write("\n$CATEGORY: $course$/top/" + oneLine(quiz.title()).replace('/', '-') + "\n");
            for (Question q : quiz.questions()) {
                out.write("\n" + question(q));
                report.wrote();
            }
        }
    }

    static String question(Question q) {
        StringBuilder b = new StringBuilder();
        b.append("::").append(GiftImporter.escape(q.id())).append("::[markdown]")
                .append(GiftImporter.escape(q.prompt().markdown())).append("{\n");
        List<Option> options = q.options();
        int right = q.answer().size();
        int wrong = options.size() - right;
        for (int i = 0; i < options.size(); i++) {
            boolean isRight = q.answer().contains(i);
            String text = options.get(i).text().markdown();
            b.append('\t');
            if (!q.multiple()) {
                // "~%pip install" would read as a weight: an explicit %0% keeps the text as written.
                b.append(isRight ? "=" : text.startsWith("%") ? "~%0%" : "~");
            } else {
                b.append("~%").append(isRight ? share(100, right) : share(-100, wrong)).append('%');
            }
            b.append(GiftImporter.escape(text));
            String why = ExportBank.markdown(options.get(i).why());
            if (why != null && !why.isBlank()) {
                b.append('#').append(GiftImporter.escape(why));
            }
            b.append('\n');
        }
        if (!org.studysite.model.MarkdownText.isBlank(q.explanation())) {
            b.append("\t####").append(GiftImporter.escape(q.explanation().markdown())).append('\n');
        }
        return b.append("}\n").toString();
    }

    /** 100 / n to Moodle's five decimals: 50, 33.33333, -100. */
    private static String share(int total, int n) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(Math.max(1, n)), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}

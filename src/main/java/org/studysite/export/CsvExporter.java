package org.studysite.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per question, RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled) with a header row, written by Jackson's CSV module. Options and their whys get one column per letter,
 * as many as the longest question needs; tags and refs are space-separated, answers comma-separated ("A,C").
 */
public final class CsvExporter implements Exporter {
    // The command owns the file: closing the row writer must not close it.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public String format() {
        return "csv";
    }

    static List<String> header(int options) {
        List<String> h = new ArrayList<>(List.of("quiz", "id", "domain", "tags", "difficulty", "multiple", "prompt"));
        for (int i = 0; i < options; i++) {
            h.add("option " + (char) ('A' + i));
        }
        h.addAll(List.of("answer", "explanation"));
        for (int i = 0; i < options; i++) {
            h.add("why " + (char) ('A' + i));
        }
        h.add("refs");
        return h;
    }

    @Override
    public void write(ExportBank bank, Writer out, ExportReport report) throws IOException {
        int width = bank.quizzes().stream().flatMap(q -> q.questions().stream()).mapToInt(q -> q.options().size())
                .max().orElse(2);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        header(width).forEach(schema::addColumn);
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema.build()).writeValues(out)) {
            for (Quiz quiz : bank.quizzes()) {
                report.cardsLeftOut(quiz, "CSV");
                for (Question q : quiz.questions()) {
                    rows.write(row(quiz, q, width).toArray(String[]::new));
                    report.wrote();
                }
            }
        }
    }

    private static List<String> row(Quiz quiz, Question q, int width) {
        List<String> r = new ArrayList<>(List.of(quiz.id(), q.id(), orEmpty(q.domain()),
                String.join(" ", q.tags() == null ? List.of() : q.tags()),
                q.difficulty() == null ? "" : q.difficulty().toString(), Boolean.toString(q.multiple()), q.prompt().markdown()));
        List<Option> options = q.options();
        for (int i = 0; i < width; i++) {
            r.add(i < options.size() ? options.get(i).text().markdown() : "");
        }
        r.add(String.join(",", q.answer().stream().map(i -> String.valueOf((char) ('A' + i))).toList()));
        r.add(orEmpty(ExportBank.markdown(q.explanation())));
        for (int i = 0; i < width; i++) {
            r.add(i < options.size() ? orEmpty(ExportBank.markdown(options.get(i).why())) : "");
        }
        r.add(String.join(" ", (q.refs() == null ? List.<Ref>of() : q.refs()).stream().map(Ref::raw).toList()));
        return r;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

package org.studysite.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.studysite.importer.ImportOptions;
import org.studysite.importer.ImportResult;
import org.studysite.importer.ImportedQuestion;
import org.studysite.importer.Importers;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.resolve.Site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default bank exported and read back the way the other tool reads it: Anki's text import, a CSV reader, Aiken. */
class ExportParsedBackTest {
    private static final Site SITE = ExportFixtures.site(ExportFixtures.DEFAULT);
    private static final List<Question> ALL = SITE.content().quizzes().stream().flatMap(q -> q.questions().stream())
            .toList();

    /**
     * Anki's reader: '#' header lines, then rows split on tabs outside quotes, a quoted field's "" read as ".
     * Every row must be one line: a raw newline inside a field would be a second note.
     */
    static List<List<String>> ankiRows(String text, List<String> headers) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                headers.add(line);
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"' && (quoted || f.isEmpty())) {
                    quoted = !quoted;
                } else if (c == '\t' && !quoted) {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(c);
                }
            }
            assertFalse(quoted, "unclosed quote: " + line);
            fields.add(f.toString());
            rows.add(fields);
        }
        return rows;
    }

    @Test
    void ankiFileHasOneNotePerQuestionWithFieldsTagsAndLinks() {
        String text = ExportFixtures.export("anki", SITE, new ExportReport());
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = ankiRows(text, headers);
        assertEquals(List.of("#separator:tab", "#html:true", "#notetype:Basic",
                "#deck:Databricks ML Professional Study Guide", "#tags column:3", "#guid column:4"), headers);
        List<org.studysite.model.Card> cards = SITE.content().quizzes().stream().flatMap(q -> q.cards().stream())
                .toList();
        assertEquals(ALL.size() + cards.size(), rows.size(), "one note per question and one per flashcard");
        List<List<String>> cardRows = new ArrayList<>();
        List<List<String>> questionRows = new ArrayList<>();
        int at = 0;
        for (var quiz : SITE.content().quizzes()) {
            questionRows.addAll(rows.subList(at, at + quiz.questions().size()));
            at += quiz.questions().size();
            cardRows.addAll(rows.subList(at, at + quiz.cards().size()));
            at += quiz.cards().size();
        }
        for (int r = 0; r < cards.size(); r++) {
            List<String> row = cardRows.get(r);
            org.studysite.model.Card c = cards.get(r);
            assertEquals(4, row.size(), c.id());
            assertEquals(c.id(), row.get(3), "a quiz's cards follow its questions");
            Set<String> tags = new LinkedHashSet<>();
            tags.add(c.domain());
            tags.addAll(c.tags());
            assertEquals(String.join(" ", tags), row.get(2), c.id());
            assertFalse(row.get(0).contains("<ol"), "a basic card: the front is the front");
            assertEquals(c.refs().size(), row.get(1).split("<a href=\"https://studysite.github.io/studysite/", -1).length
                    - 1, c.id() + ": one absolute link per ref");
        }
        for (int r = 0; r < questionRows.size(); r++) {
            List<String> row = questionRows.get(r);
            Question q = ALL.get(r);
            assertEquals(4, row.size(), q.id());
            assertEquals(q.id(), row.get(3));
            Set<String> tags = new LinkedHashSet<>();
            tags.add(q.domain());
            tags.addAll(q.tags());
            assertEquals(String.join(" ", tags), row.get(2), q.id());
            String front = row.get(0);
            assertTrue(front.contains("<ol type=\"A\">"), front);
            assertEquals(q.options().size(), front.split("<li>", -1).length - 1, q.id());
            String back = row.get(1);
            String letters = String.join("; ", q.answer().stream().sorted().map(i -> (char) ('A' + i) + ")").toList());
            assertTrue(back.startsWith("<p><b>Answer: " + letters.substring(0, 2)), back);
            assertEquals(q.refs().size(), back.split("<a href=\"https://studysite.github.io/studysite/", -1).length - 1,
                    q.id() + ": one absolute link per ref");
            assertFalse(front.contains("\t") || back.contains("\t"), q.id());
        }
        // A code block keeps its lines as <br> inside <pre>.
        assertTrue(rows.stream().anyMatch(r -> r.get(1).matches("(?s).*<pre[^>]*>.*<br>.*</pre>.*")));
    }

    @Test
    void csvReadsBackWithHeaderAndEveryField() throws Exception {
        String text = ExportFixtures.export("csv", SITE, new ExportReport());
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\r"));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        String[] header = rows.get(0);
        int width = ALL.stream().mapToInt(q -> q.options().size()).max().orElseThrow();
        assertEquals(CsvExporter.header(width), List.of(header));
        assertEquals(ALL.size() + 1, rows.size());
        for (int r = 0; r < ALL.size(); r++) {
            Question q = ALL.get(r);
            String[] row = rows.get(r + 1);
            assertEquals(header.length, row.length);
            assertEquals(q.id(), row[1]);
            assertEquals(q.prompt().markdown(), row[6]);
            for (int i = 0; i < q.options().size(); i++) {
                Option o = q.options().get(i);
                assertEquals(o.text().markdown(), row[7 + i]);
                assertEquals(o.why() == null ? "" : o.why().markdown(), row[7 + width + 2 + i]);
            }
            assertEquals(String.join(",", q.answer().stream().map(i -> String.valueOf((char) ('A' + i))).toList()),
                    row[7 + width]);
            assertEquals(ExportBank.markdown(q.explanation()), row[8 + width]);
        }
    }

    @Test
    void aikenReadsBackEverySingleAnswerQuestion() {
        ExportReport report = new ExportReport();
        String text = ExportFixtures.export("aiken", SITE, report);
        ImportResult back = Importers.importText(text, "bank.txt", ImportOptions.DEFAULTS);
        assertEquals(List.of(), back.diagnostics());
        List<Question> single = ALL.stream().filter(q -> !q.multiple()).toList();
        List<ImportedQuestion> imported = back.quizzes().get(0).questions();
        assertEquals(single.size(), imported.size());
        assertEquals(ALL.size() - single.size(), report.notes().values().stream()
                .filter(ids -> ids.stream().allMatch(id -> ALL.stream().anyMatch(q -> q.id().equals(id) && q.multiple())))
                .mapToInt(List::size).sum());
        for (int i = 0; i < single.size(); i++) {
            Question q = single.get(i);
            assertEquals(AikenExporter.oneLine(q.prompt().markdown()), imported.get(i).prompt());
            assertEquals(q.options().stream().map(o -> AikenExporter.oneLine(o.text().markdown())).toList(), imported.get(i).options());
            assertEquals(List.of(String.valueOf((char) ('A' + q.answer().get(0)))), imported.get(i).answer());
        }
    }
}

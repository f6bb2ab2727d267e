package org.studysite.render.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.model.Domain;
import org.studysite.model.SourcePosition;

/** The templates render with FreeMarker from the view records and produce valid HTML without inline code. */
class QuizTemplatesTest {

    @Test
    void everyPageIsValidHtml(@TempDir Path dir) throws Exception {
        SampleSite.quizPages(dir.resolve("a"));
        SampleSite.examPages(dir.resolve("b"));
        SampleSite.progressPages(dir.resolve("c"));
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(dir)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        assertEquals(8, pages.size());
        StringBuilder problems = new StringBuilder();
        for (Path page : pages) {
            String out = validator.validate(page);
            for (String line : out.split("\n")) {
                // The validator's CSP check has no 'self' for file: URLs and takes JSON data blocks for scripts.
                if ((line.contains("error") || line.contains("warning")) && !line.contains("Content Security Policy")) {
                    problems.append(dir.relativize(page)).append(": ").append(line).append('\n');
                }
            }
            String html = Files.readString(page);
            assertTrue(!html.contains(" style=") && !html.contains("<style") && !html.matches("(?s).*\\son[a-z]+=.*"),
                    "inline code in " + page);
        }
        assertEquals("", problems.toString());
    }

    @Test
    void largestRemainder() {
        SourcePosition p = SourcePosition.start("x");
        List<Domain> d = List.of(new Domain("a", "A", 30, List.of(), p), new Domain("b", "B", 30, List.of(), p),
                new Domain("c", "C", 40, List.of(), p));
        assertArrayEquals(new int[] {3, 3, 4}, counts(d, 10));
        assertArrayEquals(new int[] {2, 2, 3}, counts(d, 7)); // 2.1 2.1 2.8 → c gets the extra
        assertArrayEquals(new int[] {18, 18, 24}, counts(d, 60));
        assertArrayEquals(new int[] {1, 0, 1}, counts(d, 2)); // .6 .6 .8 → c, then a (earlier) on the tie
        String script = Banks.script("exam", "exams/x.html", java.util.Map.of("t", "a\"</script>\u2028;\n//"));
        assertTrue(!script.contains("\u2028"), "line separators escaped");
        assertEquals("a\"</script>\u2028;\n//", assertDoesNotThrow(() -> new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Banks.json(script))).get("t").asText());
        assertEquals("Yes <em>b</em>", QuizViews.inline("<p>Yes <em>b</em></p>\n"));
        assertEquals("<p>a</p><p>b</p>", QuizViews.inline("<p>a</p><p>b</p>"));
    }

    private static int[] counts(List<Domain> d, int total) {
        return org.studysite.resolve.ExamDraw.allocate(d, total).values().stream().mapToInt(Integer::intValue).toArray();
    }
}

package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.testing.Sites;

/**
 * Positions survive from load to the diagnostic: each error about a field, a value, a study-path item, a clash or a
 * link in quiz text is reported at the exact file:line:col that caused it (a clash naming the other place too), and
 * nothing else is reported (a link to the note that lost an id clash is not a second error).
 */
class PositionsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pagination_next on line 3", Map.of("guide/a.md",
                                "---\ntitle: A\npagination_next: nope\n---\n# A\n"),
                        List.of("guide/a.md:3:1: error: `pagination_next` target `nope` is not a note id")),
                Arguments.of("pagination_prev on line 4, after a list", Map.of("guide/a.md",
                                "---\ntags:\n  - x\npagination_prev: nop\n---\n# A\n"),
                        List.of("guide/a.md:4:1: error: `pagination_prev` target `nop` is not a note id")),
                Arguments.of("duplicate id: at the id field, naming the other note", Map.of("guide/b.md",
                                "---\ntitle: B\nid: intro\n---\n# B\n"),
                        List.of("guide/intro.md:1:1: error: note id `guide/intro` is also used by guide/b.md:3:1")),
                Arguments.of("URL clash: at the slug, naming the other note", Map.of("guide/b.md",
                                "---\ntitle: B\n\nslug: intro\n---\n# B\n"),
                        List.of("guide/intro.md:1:1: error: this note would be published at `guide/intro.html`, like"
                                + " guide/b.md:4:1")),
                Arguments.of("site.yml number at its value", Map.of("site.yml",
                                "title: T\npassPercent: 150\n"),
                        List.of("site.yml:2:14: error: `passPercent` must be a number from 0 to 100")),
                Arguments.of("site.yml value on the line after its key", Map.of("site.yml",
                                "title:\n  - a\n  - b\n"),
                        List.of("site.yml:2:3: error: `title` must be text, not a list")),
                Arguments.of("site.yml baseUrl at its value", Map.of("site.yml",
                                "title: T\nbaseUrl:   javascript:alert(1)\n"),
                        List.of("site.yml:2:12: error: `baseUrl` ")),
                Arguments.of("site.yml unknown setting at its key", Map.of("site.yml",
                                "title: T\n\nbaseURL: /x/\n"),
                        List.of("site.yml:3:1: error: unknown setting `baseURL`")),
                Arguments.of("study path items at their own line and column", Map.of("site.yml", """
                                title: T
                                paths:
                                  - id: p
                                    title: P
                                    days:
                                      - title: One
                                        items:
                                          - guide/intro
                                          - quiz:nope
                                      - { title: Two, items: [guide/intr, "exam:none"] }
                                """),
                        List.of("site.yml:9:13: error: study path `p`, One: `quiz:nope` is not a note id, quiz:ID or exam:ID",
                                "site.yml:10:31: error: study path `p`, Two: `guide/intr` is not a note id",
                                "site.yml:10:43: error: study path `p`, Two: `exam:none` is not a note id")),
                Arguments.of("quiz text links at their JSON line and own column", Map.of("quizzes/q.json", """
                                {"title": "Q", "description": "See [x](../guide/none.md)",
                                  "questions": [{"id": "a", "prompt": "P\\n\\n![i](none.png)", "options": ["A", "B"],
                                    "answer": "A", "explanation": "[e](../guide/intro.md#nope)"}]}
                                """),
                        List.of("quizzes/q.json:1:36: error: broken link: `../guide/none.md`",
                                "quizzes/q.json:2:45: error: image `none.png`",
                                "quizzes/q.json:3:36: error: broken anchor: `#nope` is not a heading in `guide/intro.md`")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorsPointAtTheCausingLineAndColumn(String name, Map<String, String> files, List<String> expected) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        files.forEach((file, text) -> Sites.write(content.resolve(file), text));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertFalse(r.ok(), name);
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(expected.size(), errors.size(), name + ": " + errors);
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String got = errors.get(i);
            assertEquals(e, got.substring(0, Math.min(got.length(), e.length())), name + ": all errors " + errors);
        }
    }
}

package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.testing.Sites;

/** Each kind of bad input is reported at its file, line and column, with a hint, and fails the build. */
class ContentErrorsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("broken link", "guide/a.md", "---\ntitle: A\n---\n\nSee [b](b.md).\n",
                        "guide/a.md:5:5: error: broken link: `b.md`"),
                Arguments.of("broken anchor in another note", "guide/a.md",
                        "# A\n\nSee [x](../index.md#nowhere).\n",
                        "guide/a.md:3:5: error: broken anchor: `#nowhere` is not a heading in `index.md`"),
                Arguments.of("broken anchor in the same note", "guide/a.md", "## Real\n\n[x](#reel)\n",
                        "guide/a.md:3:1: error: broken anchor: `#reel` is not a heading in this note — did you mean `#real`?"),
                Arguments.of("missing image", "guide/a.md", "# A\n\n![pic](img/missing.png)\n",
                        "guide/a.md:3:1: error: image `img/missing.png`"),
                Arguments.of("invalid YAML front matter", "guide/a.md", "---\ntitle: [unclosed\n---\nBody\n",
                        "guide/a.md:2:17: error: invalid YAML"),
                Arguments.of("wrong type in front matter", "guide/a.md", "---\ntitle: A\nsidebar_position: first\n---\n",
                        "guide/a.md:3:1: error: front matter field `sidebar_position` must be a number"),
                Arguments.of("front matter never closed", "guide/a.md", "---\ntitle: A\n\nBody\n",
                        "guide/a.md:1:1: error: front matter starts with `---` but is never closed"),
                Arguments.of("duplicate note id", "guide/a.md", "---\nid: intro\n---\n# A\n",
                        "guide/intro.md:1:1: error: note id `guide/intro` is also used by guide/a.md:2:1"),
                Arguments.of("URL clash names both places", "guide/b.md", "---\ntitle: B\nslug: intro\n---\n# B\n",
                        "guide/intro.md:1:1: error: this note would be published at `guide/intro.html`, like guide/b.md:3:1"),
                Arguments.of("unknown site setting", "site.yml", "title: T\nbaseURL: /x/\n",
                        "site.yml:2:1: error: unknown setting `baseURL` — did you mean `baseUrl`?"),
                Arguments.of("unknown pagination target", "guide/a.md", "---\ntitle: A\npagination_next: nope\n---\n# A\n",
                        "guide/a.md:3:1: error: `pagination_next` target `nope` is not a note id"),
                Arguments.of("unknown pagination_prev", "guide/a.md", "---\npagination_prev: nop\n---\n# A\n",
                        "guide/a.md:2:1: error: `pagination_prev` target `nop` is not a note id"),
                Arguments.of("card ref to a missing heading", "guide/q.json", CARD_QUIZ.formatted(
                        "\"front\": \"Term\", \"back\": \"Meaning\", \"refs\": [\"guide/intro#nowhere\"]"),
                        "guide/q.json:4:61: error: note `guide/intro` has no heading with anchor `nowhere`"),
                Arguments.of("card front with a list", "guide/q.json", CARD_QUIZ.formatted(
                        "\"front\": \"- a\\n- b\", \"back\": \"Meaning\""),
                        "guide/q.json:4:25: error: a card's `front` must be one paragraph"));
    }

    /** A valid quiz with one card whose members are the %s. */
    private static final String CARD_QUIZ = """
            {"title": "Q", "questions": [
              {"id": "q1", "prompt": "?", "options": ["a", "b"], "answer": "A", "explanation": "x"}],
             "cards": [
              {"id": "c1", %s}]}
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsFileLineColumnAndFailsTheBuild(String name, String file, String text, String expected) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve(file), text);
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok(), name + ": the build must fail; got " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains(expected)), name + ": expected `" + expected + "` in " + lines);
    }

    @Test
    void anIdWrittenInRawHtmlIsALinkTargetAndAMissingOneIsNot() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "# A\n\n<a id=\"kept\"></a>\n\n<span name='old'>x</span>\n\n"
                + "[one](#kept) [two](#old)\n");
        Sites.write(content.resolve("guide/b.md"), "# B\n\n[three](a.md#kept) [four](a.md#gone)\n");
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("guide/b.md:3:") && errors.get(0).contains("gone"), errors.toString());
    }

    @Test
    void reportsEveryErrorOfABuildAtOnce() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "# A\n\n[one](x.md) [two](y.md)\n");
        Sites.write(content.resolve("guide/b.md"), "# B\n\n[three](z.md)\n");
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertTrue(r.errors() >= 3, r.diagnostics().toString());
    }

    @Test
    void aBrokenQuizFileIsReportedOnceWithoutConsequentialErrors() {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        Path quiz = content.resolve("quizzes/mlops.json");
        Sites.write(quiz, Sites.read(quiz).replaceFirst("\"answer\"", "\"answr\""));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(l -> l.startsWith("quizzes/mlops.json:")),
                "no exam-pool or study-path errors caused by the broken file: " + errors);
        assertTrue(errors.stream().anyMatch(l -> l.contains("unknown field `answr` in question — did you mean `answer`?")),
                errors.toString());
    }

    @Test
    void aStudyPathItemIsReportedAtItsOwnLineAndColumn() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("site.yml"), Sites.read(content.resolve("site.yml")) + """
                paths:
                  - id: p
                    title: P
                    days:
                      - title: One
                        items: [guide/intro]
                      - { title: Two, items: [guide/intro, guide/intr, "exam:none"] }
                """);
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertTrue(errors.contains("site.yml:13:44: error: study path `p`, Two: `guide/intr` is not a note id, quiz:ID"
                + " or exam:ID — did you mean `guide/intro`?"), errors.toString());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("site.yml:13:56: error: study path `p`, Two: `exam:none`")),
                errors.toString());
        assertFalse(r.ok());
    }

    @Test
    void unknownFrontMatterFieldWarnsButBuilds() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "---\ntitle: A\nsidebar_postion: 3\n---\n# A\n");
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).anyMatch(l -> l.equals(
                "guide/a.md:3:1: warning: unknown front matter field `sidebar_postion` is ignored — did you mean `sidebar_position`?")),
                r.diagnostics().toString());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtItsFirstBadByte() throws Exception {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        // "# Caf\u00e9" saved as Latin-1: the é is the single byte 0xE9.
        java.nio.file.Files.write(content.resolve("guide/latin1.md"),
                "# Title\n\nCaf\u00e9 au lait\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertFalse(r.ok());
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).anyMatch(l -> l.equals(
                "guide/latin1.md:3:4: error: the file is not UTF-8 text (byte 0xE9 here) — save it as UTF-8 "
                        + "(in most editors: Save with Encoding → UTF-8)")), r.diagnostics().toString());
    }

    @Test
    void anUnclosedContainerWarnsAtItsOpeningLine() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "# A\n\n:::tip Remember\nThis.\n\n## Later\n");
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).anyMatch(l -> l.startsWith(
                "guide/a.md:3:1: warning: this `:::` container is never closed")), r.diagnostics().toString());
    }

    @Test
    void brokenLinksCanBeWarningsWhileALargeDocsFolderIsFixed() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "# A\n\n[one](x.md)\n");
        BuildResult r = Build.run(new BuildOptions(content, tmp.resolve("out"), null, false, null));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> !d.isError() && d.message().contains("x.md")));
    }
}

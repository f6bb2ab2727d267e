package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diag.Diagnostic;
import org.studysite.testing.Sites;

/**
 * Quiz and exam text is content like a note body: its links, images and anchors are checked relative to the quiz
 * file and reported at the JSON string's line and the link's own column, and a valid link comes out as the right
 * .html href on every page the text appears on: the quiz page, notes embedding it at any depth, the exam and review
 * banks.
 */
class QuizTextLinksTest {
    @TempDir
    Path tmp;

    /** Line numbers and columns below are counted on this text; keep them in step. */
    private static final String BROKEN_QUIZ = """
            {
              "title": "Links", "domain": "d",
              "description": "Start at [the intro](../guide/intro.md#why-study).",
              "questions": [
                {
                  "id": "q1",
                  "prompt": "Which page? See [nowhere](../guide/nowhere.md).",
                  "options": [
                    {"text": "This ![pic](img/missing.png)", "why": "Read [it](../guide/intro.md#nope)."},
                    "Line one\\nthen [x](../guide/nowhere.md)"
                  ],
                  "answer": "A",
                  "explanation": "\\"Quoted\\" [here](#top) and ![up](../../../etc/passwd.png)."
                }
              ],
              "cards": [{"id": "c1", "front": "Term", "back": "See [gone](../guide/gone.md)."}]
            }
            """;

    private static final String EXAM = """
            {
              "title": "Exam",
              "description": "Also try [the quiz](../quizzes/links.html) and [this](../guide/gone.md).",
              "questions": 1, "minutes": 5,
              "domains": [{"id": "d", "title": "D", "weight": 100}]
            }
            """;

    @Test
    void brokenLinksImagesAndAnchorsInQuizAndExamTextFailTheBuildAtTheirJsonPosition() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("quizzes/links.json"), BROKEN_QUIZ);
        Sites.write(content.resolve("exams/e.json"), EXAM.replace("\"questions\": 1", "\"questions\": 1"));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                .map(l -> l.lines().findFirst().orElse("")).toList();
        assertFalse(r.ok());
        assertFalse(Files.exists(tmp.resolve("out")), "a failed build writes nothing");
        List<String> expected = List.of(
                "quizzes/links.json:7:34: error: broken link: `../guide/nowhere.md` — no note or file at `guide/nowhere.md`",
                "quizzes/links.json:9:24: error: image `img/missing.png` — no note or file at `quizzes/img/missing.png`",
                "quizzes/links.json:9:63: error: broken anchor: `#nope` is not a heading in `guide/intro.md`",
                // After the escape \n: the link's own column on the JSON line, not its column on the Markdown line.
                "quizzes/links.json:10:25: error: broken link: `../guide/nowhere.md` — no note or file at `guide/nowhere.md`",
                // After the escapes \" … \": still the link's own column.
                "quizzes/links.json:13:34: error: link `#top` has no page",
                "quizzes/links.json:13:51: error: image `../../../etc/passwd.png` climbs above the content folder",
                "quizzes/links.json:16:56: error: broken link: `../guide/gone.md` — no note or file at `guide/gone.md`",
                "exams/e.json:3:66: error: broken link: `../guide/gone.md` — no note or file at `guide/gone.md`");
        for (String e : expected) {
            assertTrue(errors.stream().anyMatch(l -> l.startsWith(e)), "expected `" + e + "` in\n" + String.join("\n", errors));
        }
        assertEquals(expected.size(), errors.stream().filter(l -> l.startsWith("quizzes/links.json") || l.startsWith("exams/e.json")).count(),
                "nothing else reported for these files (the valid links pass): " + errors);
    }

    @Test
    void hintsNameTheQuizFileNotANote() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("quizzes/links.json"), BROKEN_QUIZ);
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        String image = r.diagnostics().stream().map(Diagnostic::format).filter(l -> l.contains("img/missing.png"))
                .findFirst().orElseThrow();
        assertTrue(image.contains("relative to this quiz file"), image);
        Sites.write(content.resolve("exams/e.json"), EXAM);
        String exam = Sites.build(content, tmp.resolve("out")).diagnostics().stream().map(Diagnostic::format)
                .filter(l -> l.contains("gone.md")).findFirst().orElseThrow();
        assertTrue(exam.contains("relative to this exam file"), exam);
    }

    @Test
    void warnModeStillRefusesAnImageOutsideTheContentFolder() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("quizzes/links.json"), BROKEN_QUIZ);
        BuildResult r = Build.run(new BuildOptions(content, tmp.resolve("out"), null, false, null));
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertFalse(r.ok());
        assertEquals(1, errors.size(), "with --broken-links warn only the climb is an error: " + errors);
        assertTrue(errors.get(0).contains("climbs above the content folder"), errors.get(0));
    }

    private static final String VALID_QUIZ = """
            {
              "title": "Links",
              "description": "Start at [the intro](../guide/intro.md#why-study).",
              "questions": [
                {
                  "id": "q1",
                  "domain": "d",
                  "prompt": "Which note? See [details](../guide/intro.md#details-matter) and ![pic](img/ok.png).",
                  "options": [
                    {"text": "[Formatting](../guide/formatting.md)", "why": "Read [tables](../guide/formatting.md#tables)."},
                    "Elsewhere, [off site](https://example.com/a.md)"
                  ],
                  "answer": "A",
                  "explanation": "See [the deep note](../reference/deep/detail.md#a-detail)."
                }
              ],
              "cards": [{"id": "c1", "front": "[Term](../guide/intro.md)", "back": "See [tables](../guide/formatting.md#tables)."}]
            }
            """;

    @Test
    void validLinksComeOutAsHtmlHrefsRightForEachPage() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("quizzes/links.json"), VALID_QUIZ);
        Sites.write(content.resolve("exams/e.json"), EXAM.replace(" and [this](../guide/gone.md)", ""));
        writePng(content.resolve("quizzes/img/ok.png"));
        Sites.write(content.resolve("embed.md"), "# Embed\n\n```quiz links\n```\n");
        Sites.write(content.resolve("reference/deep/one.md"), "# One\n\n```quiz links#q1\n```\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), r.diagnostics().toString());

        // The quiz page, one folder down.
        // In page order: description, prompt, the options, the explanation, the options' whys.
        assertEquals(List.of("../guide/intro.html#why-study", "../guide/intro.html#details-matter", "../guide/formatting.html",
                        "https://example.com/a.md", "../reference/deep/detail.html#a-detail", "../guide/formatting.html#tables"),
                textHrefs(Sites.read(out.resolve("quizzes/links.html"))));
        assertTrue(Sites.read(out.resolve("quizzes/links.html")).contains("src=\"img/ok.png\""));
        // A note at the root embedding the whole quiz, and one two folders down embedding one question.
        // (An embedded quiz shows its questions, not its description.)
        assertEquals(List.of("guide/intro.html#details-matter", "guide/formatting.html",
                        "https://example.com/a.md", "reference/deep/detail.html#a-detail", "guide/formatting.html#tables"),
                textHrefs(Sites.read(out.resolve("embed.html"))));
        assertTrue(Sites.read(out.resolve("embed.html")).contains("src=\"quizzes/img/ok.png\""));
        assertEquals(List.of("../../guide/intro.html#details-matter", "../../guide/formatting.html",
                        "https://example.com/a.md", "detail.html#a-detail", "../../guide/formatting.html#tables"),
                textHrefs(Sites.read(out.resolve("reference/deep/one.html"))));
        // The exam bank (exams/) and the review bank (the root): HTML inside JSON strings.
        String exam = Sites.read(out.resolve("exams/e.bank.js")).replace("\\\"", "\"");
        assertTrue(exam.contains("href=\"../guide/intro.html#details-matter\""), exam);
        assertTrue(exam.contains("href=\"../reference/deep/detail.html#a-detail\""), exam);
        assertTrue(exam.contains("src=\"../quizzes/img/ok.png\""), exam);
        assertTrue(Sites.read(out.resolve("exams/e.html")).contains("href=\"../quizzes/links.html\""),
                "the exam's own description links resolve too");
        String review = Sites.read(out.resolve("review.bank.js")).replace("\\\"", "\"");
        assertTrue(review.contains("href=\"guide/formatting.html#tables\""), review);
        assertTrue(review.contains("src=\"quizzes/img/ok.png\""), review);
        // The flashcards page (flashcards/): front and back.
        String cards = Sites.read(out.resolve("flashcards/links.html"));
        assertTrue(cards.contains("href=\"../guide/intro.html\""), cards);
        assertTrue(cards.contains("href=\"../guide/formatting.html#tables\""), cards);
        // The image is published where those hrefs point, and no .md link ships.
        assertTrue(Files.exists(out.resolve("quizzes/img/ok.png")));
        for (String page : List.of("quizzes/links.html", "flashcards/links.html", "embed.html", "reference/deep/one.html", "exams/e.bank.js",
                "review.bank.js")) {
            String html = Sites.read(out.resolve(page));
            assertFalse(Pattern.compile("(href|src)=\\\\?\"[^\"]*guide/[^\"]*\\.md").matcher(html).find(),
                    page + " ships a .md link");
        }
    }

    /**
     * Raw HTML takes the sanitizer's path, compiled at load like the rest: the links beside it still come out right
     * on the quiz page, in a note that has raw HTML of its own and embeds the question, and in the review bank.
     */
    @Test
    void linksBesideRawHtmlComeOutRightToo() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("quizzes/raw.json"), """
                {
                  "title": "Raw", "domain": "d",
                  "questions": [
                    {
                      "id": "q1",
                      "prompt": "Press <kbd>Esc</kbd>, then read [the detail](../reference/deep/detail.md#a-detail).",
                      "options": ["<b>Yes</b> [intro](../guide/intro.md)", "No"],
                      "answer": "A"
                    }
                  ]
                }
                """);
        Sites.write(content.resolve("reference/raw.md"),
                "# Raw\n\n<details><summary>More</summary>\n\nSee [intro](../guide/intro.md).\n\n</details>\n\n"
                        + "```quiz raw#q1\n```\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(List.of("../reference/deep/detail.html#a-detail", "../guide/intro.html"),
                textHrefs(Sites.read(out.resolve("quizzes/raw.html"))));
        String note = Sites.read(out.resolve("reference/raw.html"));
        assertEquals(List.of("deep/detail.html#a-detail", "../guide/intro.html"), textHrefs(note));
        assertTrue(note.contains("<kbd>Esc</kbd>") && note.contains("See <a href=\"../guide/intro.html\">intro</a>"), note);
        String review = Sites.read(out.resolve("review.bank.js")).replace("\\\"", "\"");
        assertTrue(review.contains("href=\"reference/deep/detail.html#a-detail\""), review);
        assertTrue(review.contains("<b>Yes</b> <a href=\"guide/intro.html\">intro</a>"), review);
    }

    /** The hrefs inside quiz text (descriptions, prompts, options, whys, explanations), in page order. */
    private static List<String> textHrefs(String html) {
        Matcher m = Pattern.compile("<(div|span) class=\"(?:quiz-description|q-prompt|q-text|why-text|explanation)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        List<String> hrefs = new java.util.ArrayList<>();
        while (m.find()) {
            Matcher a = Pattern.compile("href=\"([^\"]+)\"").matcher(m.group(2));
            while (a.find()) {
                hrefs.add(a.group(1));
            }
        }
        return hrefs;
    }

    private static void writePng(Path p) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

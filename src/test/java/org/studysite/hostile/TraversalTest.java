package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.Build;
import org.studysite.pipeline.BuildOptions;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/**
 * Every way front matter, a quiz or a link could name a path outside the site (or an odd one) is an error at its
 * own file:line:col, never an internal error or a file written elsewhere.
 */
class TraversalTest {
    @TempDir
    Path tmp;

    /** (field, YAML value as written, expected message after `front matter `field: value` `). */
    static Stream<Arguments> frontMatter() {
        return Stream.of(
                fm("id", "../../x", "../../x", "has a `..` segment"),
                fm("id", "a/../../b", "a/../../b", "has a `..` segment"),
                fm("id", "/etc/cron.d/x", "/etc/cron.d/x", "is an absolute path"),
                fm("id", "a\\b", "a\\b", "contains a backslash"),
                fm("id", "\"a\\0b\"", "a\0b", "contains a NUL character"),
                fm("id", "\"a\\tb\"", "a\tb", "contains a control character"),
                fm("id", "\"%2e%2e/x\"", "%2e%2e/x", "contains a percent-encoded"),
                fm("id", "a%2Fb", "a%2Fb", "contains a percent-encoded"),
                fm("id", "a%5cb", "a%5cb", "contains a percent-encoded"),
                fm("id", "con", "con", "has `con`, a Windows device name"),
                fm("id", "sub/AUX.txt", "sub/AUX.txt", "has `AUX.txt`, a Windows device name"),
                fm("id", "lpt1", "lpt1", "has `lpt1`, a Windows device name"),
                fm("id", "x.", "x.", "has a part ending in a dot or space"),
                fm("id", "\"x \"", "x ", "has a part ending in a dot or space"),
                fm("id", "./x", "./x", "has a `.` segment"),
                fm("id", "\"a:b\"", "a:b", "contains `:`"),
                fm("slug", "../../x", "../../x", "has a `..` segment"),
                fm("slug", "/../../x", "/../../x", "has a `..` segment"),
                fm("slug", "/a/..", "/a/..", "has a `..` segment"),
                fm("slug", "a\\..\\..\\b", "a\\..\\..\\b", "contains a backslash"),
                fm("slug", "/%2E%2E/x", "/%2E%2E/x", "contains a percent-encoded"),
                fm("slug", "\"/a%00b\"", "/a%00b", "contains a percent-encoded"),
                fm("slug", "/nul/", "/nul/", "has `nul`, a Windows device name"),
                fm("slug", "/docs./", "/docs./", "has a part ending in a dot or space"),
                fm("slug", "\"/x?y\"", "/x?y", "contains `?`"),
                fm("slug", "\"/x#y\"", "/x#y", "contains `#`"),
                fm("permalink", "/../../x/", "/../../x/", "has a `..` segment"),
                fm("permalink", "/a/%2f/", "/a/%2f/", "contains a percent-encoded"),
                fm("permalink", "/com1/", "/com1/", "has `com1`, a Windows device name"),
                fm("permalink", "/a\\b/", "/a\\b/", "contains a backslash"));
    }

    private static Arguments fm(String field, String yaml, String value, String why) {
        return Arguments.of(field + ": " + yaml, field, yaml, "guide/a.md:3:1: error: front matter `" + field + ": "
                + value + "` " + why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frontMatter")
    void aPathFieldThatLeavesTheSiteIsAnErrorAtItsLine(String name, String field, String yaml, String expected) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("w/content"));
        Sites.write(content.resolve("guide/a.md"), "---\ntitle: A\n" + field + ": " + yaml + "\n---\n# A\n");
        assertFails(content, expected);
    }

    static Stream<Arguments> quizIds() {
        return Stream.of(
                Arguments.of("quizzes/q.json", "../../../x", "quizzes/q.json:1:8: error: `id` \"../../../x\" has a `..` segment"),
                Arguments.of("quizzes/q.json", "/tmp/x", "quizzes/q.json:1:8: error: `id` \"/tmp/x\" is an absolute path"),
                Arguments.of("quizzes/q.json", "a\\\\b", "quizzes/q.json:1:8: error: `id` \"a\\b\" contains a backslash"),
                Arguments.of("quizzes/q.json", "prn", "quizzes/q.json:1:8: error: `id` \"prn\" has `prn`, a Windows device name"),
                Arguments.of("exams/e.json", "../../x", "exams/e.json:1:8: error: `id` \"../../x\" has a `..` segment"),
                Arguments.of("exams/e.json", "%2e%2e", "exams/e.json:1:8: error: `id` \"%2e%2e\" contains a percent-encoded"));
    }

    @ParameterizedTest(name = "{0} id {1}")
    @MethodSource("quizIds")
    void aQuizOrExamIdThatLeavesTheSiteIsAnErrorAtItsValue(String file, String id, String expected) {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("w/content"));
        String json = file.startsWith("exams/")
                ? Sites.read(content.resolve("exams/ml-professional.json")).replaceFirst("\"id\": \"ml-professional\",", "")
                : Sites.read(content.resolve("quizzes/mlops.json")).replaceFirst("\"id\": \"[^\"]+\",", "");
        // The id goes first, on line 1, so the column is that of its value, 8.
        Sites.write(content.resolve(file), "{\"id\": \"" + id + "\"," + json.strip().substring(1));
        if (file.startsWith("quizzes/")) {
            // its questions keep their ids; the original quiz goes so they stay unique
            try {
                Files.delete(content.resolve("quizzes/mlops.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            try {
                Files.delete(content.resolve("exams/ml-professional.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertFails(content, expected);
    }

    /** (Markdown line 3 of guide/a.md, expected diagnostic). */
    static Stream<Arguments> links() {
        return Stream.of(
                link("[x](../../../etc/passwd)", "guide/a.md:3:1: error: link `../../../etc/passwd` climbs above the content folder"),
                link("See [x](../../x.md)", "guide/a.md:3:5: error: link `../../x.md` climbs above the content folder"),
                link("[x](..\\\\..\\\\x.md)", "guide/a.md:3:1: error: link `..\\..\\x.md` climbs above the content folder"),
                link("[x](%2e%2e/%2e%2e/x.md)", "guide/a.md:3:1: error: link `%2e%2e/%2e%2e/x.md` climbs above the content folder"),
                link("[x](..%2F..%2Fx.md)", "guide/a.md:3:1: error: link `..%2F..%2Fx.md` climbs above the content folder"),
                link("[x](<../../a b.md>)", "guide/a.md:3:1: error: link `../../a b.md` climbs above the content folder"),
                link("[x]: ../../ref.md\n\n[y][x]", "guide/a.md:5:1: error: link `../../ref.md` climbs above the content folder"),
                link("![p](../../secret.png)", "guide/a.md:3:1: error: image `../../secret.png` climbs above the content folder"),
                link("![p](..\\\\..\\\\secret.png)", "guide/a.md:3:1: error: image `..\\..\\secret.png` climbs above the content folder"),
                link("![p](%2E%2E/%2E%2E/s.png)", "guide/a.md:3:1: error: image `%2E%2E/%2E%2E/s.png` climbs above the content folder"));
    }

    private static Arguments link(String markdown, String expected) {
        return Arguments.of(markdown, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void aLinkOrImageThatClimbsOutIsAnErrorAtItsPositionEvenWithBrokenLinksWarn(String markdown, String expected) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("w/content"));
        Sites.write(content.resolve("guide/a.md"), "# A\n\n" + markdown + "\n");
        BuildResult r = Build.run(new BuildOptions(content, tmp.resolve("w/out"), null, false, null));
        check(r, expected);
    }

    @Test
    void aSlugMayStillClimbWithinTheSiteAndStartAtItsRoot() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("w/content"));
        Sites.write(content.resolve("guide/a.md"), "---\nslug: /top/level\n---\n# A\n");
        Sites.write(content.resolve("guide/b.md"), "---\nid: named\nslug: sibling.html\n---\n# B\n");
        BuildResult r = Sites.build(content, tmp.resolve("w/out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(Files.isRegularFile(tmp.resolve("w/out/top/level.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("w/out/guide/sibling.html")));
    }

    private void assertFails(Path content, String expected) {
        check(Sites.build(content, tmp.resolve("w/out")), expected);
    }

    private void check(BuildResult r, String expected) {
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok(), "the build must fail; got " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), "expected `" + expected + "` in " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains("internal error")), lines.toString());
        assertFalse(Files.exists(tmp.resolve("w/out")), "nothing written");
        try (Stream<Path> s = Files.list(tmp.resolve("w"))) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().equals("content")), "nothing written beside");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

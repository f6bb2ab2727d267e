package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/** Broken and hostile YAML in front matter and site.yml: an error at its line, fast, never a hang. */
class YamlFaultsTest {
    @TempDir
    Path tmp;

    private static final String BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("duplicate front matter key", "guide/a.md", "---\ntitle: A\nid: a\ntitle: B\n---\n# A\n",
                        "guide/a.md:4:6: error: key 'title' appears twice"),
                Arguments.of("duplicate nested front matter key", "guide/a.md", "---\nhero:\n  name: A\n  name: B\n---\n# A\n",
                        "guide/a.md:4:7: error: key 'name' appears twice"),
                Arguments.of("duplicate site.yml key", "site.yml", "title: T\nbaseUrl: /x/\ntitle: U\n", "site.yml:3:6: error: key 'title' appears twice"),
                Arguments.of("alias bomb in site.yml", "site.yml", BOMB, "site.yml:"),
                Arguments.of("deep nesting", "site.yml", "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "site.yml:1:1: error: invalid YAML: Document nesting depth (1001) exceeds"),
                Arguments.of("site.yml title as a list", "site.yml", "baseUrl: /\ntitle: [a, b]\n",
                        "site.yml:2:8: error: `title` must be text, not a list"),
                Arguments.of("site.yml description as a mapping", "site.yml", "description:\n  a: b\n",
                        "site.yml:2:3: error: `description` must be text, not a mapping"),
                Arguments.of("site.yml toc as text", "site.yml", "title: T\ntoc: deep\n",
                        "site.yml:2:6: error: `toc` must be a mapping, not `deep`"),
                Arguments.of("tab indentation", "site.yml", "title: T\ntoc:\n\tminLevel: 2\n", "site.yml:3:1: error: invalid YAML: a tab is used for indentation — indent with spaces"),
                // SnakeYAML breaks lines at U+2028/U+0085 too: its line:col named a line past the file's end.
                Arguments.of("line separator inside site.yml", "site.yml", "title: T\u2028passPercent: lots",
                        "site.yml:1:23: error: `passPercent` must be a number"),
                Arguments.of("next-line character inside front matter", "guide/a.md",
                        "---\ntitle: A\u0085sidebar_position: [1]\n---\n# A\n", "guide/a.md:2:10: error:"),
                Arguments.of("emoji before a site.yml error (columns count UTF-16 units)", "site.yml", "x\uD83D\uDE00: [",
                        "site.yml:1:7: error: invalid YAML"),
                // Found by SiteBuildFuzzTest: the edit links of every page began with it.
                Arguments.of("site.yml repoUrl as a script URL", "site.yml", "title: T\nrepoUrl: javascript:alert(1)\n",
                        "site.yml:2:10: error: `repoUrl` must be an http(s) address, not `javascript:alert(1)`"),
                Arguments.of("site.yml repoUrl without a host", "site.yml", "repoUrl: https:///x\n",
                        "site.yml:1:10: error: `repoUrl` must be an http(s) address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnErrorAtItsLineAndNeverHangs(String name, String file, String text, String where) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve(file), text);
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Sites.build(content, tmp.resolve("out")));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok(), name + ": " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(where)), name + ": " + lines);
    }

    /** Jackson streams YAML events and never expands an alias, so a bomb in front matter is cheap: it must stay so. */
    @org.junit.jupiter.api.Test
    void anAliasBombInFrontMatterFinishesQuickly() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/a.md"), "---\n" + BOMB + "tags: *g\n---\n# A\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Sites.build(content, tmp.resolve("out")));
    }
}

package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.cli.Main;
import org.studysite.diag.Diagnostic;
import org.studysite.model.BaseUrl;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;
import picocli.CommandLine;

/** One rule for a base URL, from --base-url and from site.yml: normalised, or refused with a reason. */
class BaseUrlTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "p/|/p/", "p|/p/", "/p|/p/", "/p/|/p/", "/|/", "''|/", "a/b|/a/b/", "//x|", "/a//b|/a/b/",
            "https://x.io/repo|https://x.io/repo/", "https://x.io|https://x.io/", "HTTP://x.io:8080/r/|HTTP://x.io:8080/r/",
            "javascript:alert(1)|", "ftp://x.io/|", "/a/../b|", "/a b/|", "/a?b|", "/a#b|", "a\\b|", "/a\"b|", "/<s>|"})
    void normalisesOrRefuses(String in, String expected) {
        BaseUrl.Result r = BaseUrl.normalize(in);
        if (expected == null) {
            assertFalse(r.ok(), in + " must be refused, got " + r.url());
        } else {
            assertEquals(expected, r.url(), in + ": " + r.problem());
        }
    }

    @Test
    void theCommandLineRefusesWithExitTwoAndAHint() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("build", "--content", Sites.fixture("basic").toString(), "--out",
                tmp.resolve("out").toString(), "--base-url", "javascript:alert(1)");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--base-url `javascript:alert(1)` is not an http(s) URL or a path — write a path like /repo/"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void theCommandLineNormalises() throws Exception {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("build", "--content", Sites.fixture("basic").toString(), "--out",
                tmp.resolve("out").toString(), "--base-url", "https://x.io/repo"));
        assertTrue(Files.readString(tmp.resolve("out/sitemap.xml")).contains("https://x.io/repo/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "baseUrl: /a/../b|site.yml:2:10: error: `baseUrl` `/a/../b` has a `..` segment — write a path like /repo/",
            "baseUrl: [a]|site.yml:2:10: error: `baseUrl` must be text",
            "baseUrl: 'ftp://x.io/'|site.yml:2:10: error: `baseUrl` `ftp://x.io/` is not an http(s) URL or a path"})
    void siteYmlIsCheckedByTheSameRuleAtItsLine(String line, String expected) {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("site.yml"), "title: T\n" + line + "\n");
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), lines.toString());
    }
}

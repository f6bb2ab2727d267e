package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.Sites;

class SiteBuildTest {
    @TempDir
    Path tmp;

    @Test
    void buildsEveryPageAssetAndHostFile() {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(Sites.fixture("basic"), out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        for (String f : new String[] {"index.html", "guide/intro.html", "guide/formatting.html", "guide/index.html",
                "reference/deep/detail.html", "reference/index.html", "guide/diagram.svg", "404.html", "sitemap.xml",
                "robots.txt", ".nojekyll", "assets/css/site.css", "assets/js/site.js", "assets/js/boot.js", "assets/favicon.svg"}) {
            assertTrue(Files.exists(out.resolve(f)), "missing " + f);
        }
        assertFalse(Files.exists(out.resolve("guide/draft.html")), "drafts are not published");
    }

    @Test
    void folderIndexesAndExtensionsAreMatchedWhateverTheirCase() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("Week 1/README.MD"), "# Week one\n\nSee [day two](Día%202/Café%20Notes.MD).\n");
        Sites.write(content.resolve("Week 1/Día 2/Café Notes.MD"), "# Café\n\nBack to [week one](../README.MD).\n");
        Sites.write(content.resolve("tutorials/index.mdx"), "# Tutorials\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        for (String f : new String[] {"Week 1/index.html", "Week 1/Día 2/Café Notes.html", "tutorials/index.html"}) {
            assertTrue(Files.exists(out.resolve(f)), "missing " + f);
        }
        assertTrue(Sites.read(out.resolve("Week 1/index.html")).contains("href=\"D%C3%ADa%202/Caf%C3%A9%20Notes.html\"")
                || Sites.read(out.resolve("Week 1/index.html")).contains("href=\"Día%202/Café%20Notes.html\""));
    }

    @Test
    void aRepositoryRootWithIndexAndReadmeAndJekyllFoldersBuilds() {
        Path content = tmp.resolve("repo");
        Sites.write(content.resolve("index.md"), "---\nlayout: home\n---\n# Welcome\n");
        Sites.write(content.resolve("README.md"), "# My repository\n");
        Sites.write(content.resolve("docs/index.md"), "# Docs\n");
        Sites.write(content.resolve("docs/README.md"), "# About these docs\n");
        Sites.write(content.resolve("_layouts/default.html"), "<html>{{ content }}</html>");
        Sites.write(content.resolve("_site/index.html"), "<html>an old Jekyll build</html>");
        Sites.write(content.resolve("vendor/bundle/gems/x/README.md"), "# A gem\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        // With an index file beside it, a README is a page of its own (GitHub's rule), not a second index.
        assertTrue(Sites.read(out.resolve("index.html")).contains("Welcome"));
        assertTrue(Files.exists(out.resolve("README.html")) && Files.exists(out.resolve("docs/README.html")));
        assertTrue(Sites.read(out.resolve("docs/index.html")).contains("<h1>Docs</h1>")
                || Sites.read(out.resolve("docs/index.html")).contains(">Docs</h1>"));
        for (String f : new String[] {"_layouts", "_site", "vendor"}) {
            assertFalse(Files.exists(out.resolve(f)), f + " is not content");
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        Sites.build(Sites.fixture("basic"), tmp.resolve("a"));
        Sites.build(Sites.fixture("basic"), tmp.resolve("b"));
        Map<String, String> a = Sites.fingerprint(tmp.resolve("a"));
        assertFalse(a.isEmpty());
        assertEquals(a, Sites.fingerprint(tmp.resolve("b")));
    }

    @Test
    void outputHoldsNoAbsolutePathOfTheBuildMachine() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Path out = tmp.resolve("out");
        Sites.build(content, out);
        String machinePath = tmp.toAbsolutePath().toString();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(machinePath), "absolute path in " + p);
                assertFalse(text.contains(System.getProperty("user.dir")), "working dir in " + p);
            }
        }
    }

    @Test
    void failedBuildLeavesPreviousOutputExactlyAsItWas() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Path out = tmp.resolve("site-output");
        assertTrue(Sites.build(content, out).ok());
        Map<String, String> before = Sites.fingerprint(out);
        Sites.write(content.resolve("guide/intro.md"), "---\ntitle: Broken\n---\nSee [gone](nowhere.md).\n");
        BuildResult r = Sites.build(content, out);
        assertFalse(r.ok());
        assertEquals(before, Sites.fingerprint(out));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(2, siblings.count(), "no temp folder left beside the output");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pagesLinkRelativelySoTheSiteWorksFromASubPath() {
        Path out = tmp.resolve("out");
        Sites.build(Sites.fixture("basic"), out);
        String intro = Sites.read(out.resolve("guide/intro.html"));
        assertTrue(intro.contains("href=\"formatting.html\""), intro);
        assertTrue(intro.contains("href=\"../reference/deep/detail.html#a-detail\""), intro);
        assertTrue(intro.contains("href=\"../assets/css/site.css\""));
        assertFalse(intro.contains("href=\"/"), "no root-absolute links");
        assertTrue(Sites.read(out.resolve("404.html")).contains("href=\"/fixture/assets/css/site.css\""),
                "404 is served at any depth, so it uses the base path");
    }

    /** The header's practice link to the page being shown says so (aria-current), on that page only. */
    @Test
    void theHeaderMarksThePracticePageBeingShown() throws IOException {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(Path.of("content"), out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        Map<String, String> current = Map.of("quizzes/index.html", "Quizzes", "exams/ml-professional.html", "Mock exam",
                "review.html", "Review", "progress.html", "Progress", "paths.html", "Study paths",
                "index.html", "", "quizzes/experimentation.html", "", "domains/index.html", "",
                "exams/ml-professional-full.html", "");
        for (var e : current.entrySet()) {
            var doc = org.jsoup.Jsoup.parse(out.resolve(e.getKey()).toFile());
            var marked = doc.select(".header-nav a[aria-current=page]");
            assertEquals(e.getValue(), marked.text(), e.getKey());
            assertTrue(doc.select(".header-nav a").size() == 5, e.getKey());
        }
    }

    /**
     * Every in-page link (href="#id") of the default site, and of the 404 page built for a sub-path, leads to an
     * element of that page: the 404 page used to offer a Menu link to a sections list it does not have.
     */
    @Test
    void everyInPageLinkHasItsTarget() throws IOException {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(Path.of("content"), out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        java.util.List<String> broken = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                var doc = org.jsoup.Jsoup.parse(p.toFile());
                for (var a : doc.select("a[href^=#]")) {
                    String id = a.attr("href").substring(1);
                    if (!id.isEmpty() && doc.getElementById(java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8)) == null) {
                        broken.add(out.relativize(p) + ": " + a.outerHtml());
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), broken);
    }
}

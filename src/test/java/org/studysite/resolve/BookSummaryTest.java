package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/** An mdBook / GitBook folder: SUMMARY.md orders the sidebar and prev/next, and is not a page itself. */
class BookSummaryTest {
    @TempDir
    Path tmp;

    private Path book() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src/ch1"));
        Files.writeString(src.getParent().resolve("SUMMARY.md"), """
                # Summary

                [Introduction](README.md)

                - [Zeta chapter](./zeta.md)
                - [Chapter 1](ch1/README.md)
                    - [Section B](ch1/b-section.md)
                    - [Section A](ch1/a-section.md#start)
                - [Alpha last](alpha.md)
                """);
        Files.writeString(src.getParent().resolve("README.md"), "# Introduction\n");
        Files.writeString(src.getParent().resolve("zeta.md"), "# Zeta\n");
        Files.writeString(src.getParent().resolve("alpha.md"), "# Alpha\n");
        Files.writeString(src.resolve("README.md"), "# Chapter 1\n");
        Files.writeString(src.resolve("b-section.md"), "# B\n");
        Files.writeString(src.resolve("a-section.md"), "# A\n\n## Start\n");
        return src.getParent();
    }

    @Test
    void theSummaryOrdersTheBookAndIsNotAPage() throws IOException {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(book(), out);
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertFalse(Files.exists(out.resolve("SUMMARY.html")));
        Document b = Jsoup.parse(out.resolve("ch1/b-section.html").toFile());
        assertEquals(List.of("Zeta", "Chapter 1", "B", "A", "Alpha"), b.select("#site-nav li a").eachText());
        assertEquals(List.of("Chapter 1", "A"), b.select("nav.pager a").stream()
                .map(a -> a.ownText().isEmpty() ? a.text() : a.ownText()).map(String::strip).toList());
        Element next = Jsoup.parse(out.resolve("zeta.html").toFile()).selectFirst("nav.pager a[rel=next]");
        assertEquals("ch1/index.html", next.attr("href"));
    }

    @Test
    void aMalformedEscapeInTheSummaryIsABrokenLinkAtItsLineNotACrash() throws IOException {
        Path src = book();
        Files.writeString(src.resolve("SUMMARY.md"), Files.readString(src.resolve("SUMMARY.md")) + "- [Bad](bad%zz.md)\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(src, out);
        assertFalse(r.ok());
        List<String> errors = r.diagnostics().stream().filter(org.studysite.diag.Diagnostic::isError)
                .map(org.studysite.diag.Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("SUMMARY.md:10:3: error: broken link: `bad%zz.md`"), errors.get(0));
        assertFalse(Files.exists(out), "a failed build writes nothing");
    }
}

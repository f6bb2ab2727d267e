package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @ParameterizedTest
    @CsvSource({
            "index.html, guide/a.html, guide/a.html",
            "guide/a.html, guide/b.html#x, b.html#x",
            "guide/a.html, index.html, ../index.html",
            "a/b/c.html, a/d.html, ../d.html",
            "guide/a.html, guide/index.html, index.html",
            "guide/a.html, My Note.html, ../My%20Note.html"})
    void relativeHrefBetweenPages(String from, String to, String expected) {
        assertEquals(expected, Urls.relative(from, to));
    }

    @ParameterizedTest
    @CsvSource({"guide, ../index.md, index.md", "guide, ./a.md, guide/a.md", "a/b, ../../c.md, c.md",
            "guide, /abs/x.md, abs/x.md"})
    void joinsFolderAndRelativePath(String folder, String path, String expected) {
        assertEquals(expected, Urls.join(folder, path));
    }

    @org.junit.jupiter.api.Test
    void climbingAboveTheRootIsNull() {
        assertNull(Urls.join("guide", "../../x.md"));
    }

    @ParameterizedTest
    @CsvSource({"My%20Note.md, My Note.md", "a+b.md, a+b.md", "plain.md, plain.md", "bad%zz.md, bad%zz.md",
            "caf%C3%A9.md, café.md"})
    void decodesPercentEscapes(String in, String expected) {
        assertEquals(expected, Urls.decode(in));
    }
}

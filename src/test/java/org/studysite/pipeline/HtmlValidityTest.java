package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.NuChecker;
import org.studysite.testing.Sites;

/** The Nu Html Checker (the W3C validator) finds no error on any page of the default site or the fixture. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void defaultSiteIsValidHtml() throws Exception {
        assertValid(Path.of("content"));
    }

    @Test
    void fixtureSiteIsValidHtml() throws Exception {
        assertValid(Sites.fixture("basic"));
    }

    /** Its flashcard page holds code blocks on a card's back and raw HTML that the sanitizer trims. */
    @Test
    void flashcardFixtureIsValidHtml() throws Exception {
        assertValid(Sites.fixture("flashcards"));
    }

    private void assertValid(Path content) throws Exception {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<Path> pages = NuChecker.pages(out);
        assertTrue(pages.size() > 3, "pages validated: " + pages.size());
        assertEquals(List.of(), NuChecker.errors(out, pages));
    }
}

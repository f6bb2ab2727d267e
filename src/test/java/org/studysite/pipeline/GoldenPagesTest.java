package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.testing.Sites;

/**
 * Golden files: every page of the fixture site compared with src/test/resources/golden/basic, and the flashcard
 * fixture's flashcard page and the pages linking it with golden/flashcards. After an intended change, run with
 * -Dgolden.update=true, then read the diff before committing it.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/basic");
    private static final Path GOLDEN_CARDS = Path.of("src/test/resources/golden/flashcards");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    static Path out;
    @TempDir
    static Path cardsOut;

    @BeforeAll
    static void build() {
        BuildResult r = Sites.build(Sites.fixture("basic"), out);
        assertTrue(r.ok(), r.diagnostics().toString());
        BuildResult cards = Sites.build(Sites.fixture("flashcards"), cardsOut);
        assertTrue(cards.ok(), cards.diagnostics().toString());
    }

    static Stream<String> flashcardPages() {
        return Stream.of("flashcards/delta.html", "quizzes/delta.html", "quizzes/index.html", "sitemap.xml");
    }

    @ParameterizedTest
    @MethodSource("flashcardPages")
    void flashcardPageMatchesGoldenFile(String page) throws Exception {
        compare(cardsOut, GOLDEN_CARDS, page);
    }

    static Stream<String> pages() {
        return Stream.of("index.html", "guide/index.html", "guide/intro.html", "guide/formatting.html",
                "reference/index.html", "reference/deep/detail.html", "404.html", "sitemap.xml", "robots.txt");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageMatchesGoldenFile(String page) throws Exception {
        compare(out, GOLDEN, page);
    }

    private static void compare(Path out, Path goldenDir, String page) throws Exception {
        String actual = Files.readString(out.resolve(page));
        Path golden = goldenDir.resolve(page);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(golden), actual, page);
    }
}

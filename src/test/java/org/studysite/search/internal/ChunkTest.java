package org.studysite.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.search.internal.IndexBuilder.Doc;

/** Document chunks; src/test/js/search/tokens.test.js holds the reader's slug to the same cases. */
class ChunkTest {
    @Test
    void theAnchorOfABreadcrumbIsItsLastPartLowerCasedWithPunctuationDropped() {
        assertEquals("feature-scaling-v2", IndexBuilder.slug("Must-know › Feature Scaling (v2)"));
        assertEquals("spark_udf-and-mapinpandas", IndexBuilder.slug("spark_udf and mapInPandas"));
        assertNull(IndexBuilder.slug("Modèle"), "not ASCII: the anchor is written out");
    }

    @Test
    void aSectionOfThePageBeforeItGivesOnlyWhatTheReaderCannotDerive() {
        List<Doc> docs = List.of(
                new Doc('n', "a.html", "A", "", 4, null, null, "intro"),
                new Doc('n', "a.html#feature-scaling", "A", "Feature Scaling", 1, "Feature Scaling", null, "x"),
                new Doc('n', "a.html#feature-scaling-1", "A", "Feature Scaling", 1, "Feature Scaling", null, "y"),
                new Doc('n', "b.html#modele", "B", "Modèle", 1, "Modèle", null, "z"));
        String chunk = new String(IndexBuilder.build(docs).get("d/0.js"), StandardCharsets.UTF_8);
        assertTrue(chunk.contains("[\"n\",\"a.html\",\"A\",\"\",\"intro\"],[\"n\",\"#\",0,\"Feature Scaling\",\"x\"],"
                + "[\"n\",\"#feature-scaling-1\",0,\"Feature Scaling\",\"y\"],[\"n\",\"b.html#modele\",\"B\","), chunk);
    }

    @Test
    void aSmallSiteHasTwiceAsManyDocumentsToAChunkAsALargeOne() {
        List<Doc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            docs.add(new Doc('n', "p" + i + ".html", "P" + i, "", 4, null, null, "text " + i));
        }
        var files = IndexBuilder.build(docs);
        assertTrue(new String(files.get("t/te.js"), StandardCharsets.UTF_8).contains("c:12,"));
        assertEquals(3, files.keySet().stream().filter(f -> f.startsWith("d/")).count(), files.keySet().toString());
        assertEquals(12, IndexBuilder.chunkSize(IndexBuilder.SMALL_SITE));
        assertEquals(6, IndexBuilder.chunkSize(IndexBuilder.SMALL_SITE + 1));
    }
}

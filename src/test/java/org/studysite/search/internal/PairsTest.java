package org.studysite.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studysite.search.internal.IndexBuilder.Doc;

/** The word-pair index; src/test/js/search/tokens.test.js holds the reader to the same hashes. */
class PairsTest {
    @Test
    void hashesMatchTheReaders() {
        assertEquals(827, Integer.remainderUnsigned(Pairs.hash("leader election", Pairs.BUCKET_BASIS), 1000));
        assertEquals("cdOST", Pairs.keyDigits("leader election"));
        assertEquals(0, Integer.remainderUnsigned(Pairs.hash("特征 征存", Pairs.BUCKET_BASIS), 7));
        assertEquals("cYhRl", Pairs.keyDigits("特征 征存"));
    }

    @Test
    void aPairsHashIsThatOfItsNameWithoutMakingIt() {
        for (String[] pair : new String[][] {{"leader", "election"}, {"特征", "征存"}, {"a", ""}}) {
            for (int basis : new int[] {Pairs.BUCKET_BASIS, Pairs.KEY_BASIS}) {
                assertEquals(Pairs.hash(pair[0] + " " + pair[1], basis), Pairs.hash(pair[0], pair[1], basis));
            }
        }
    }

    @Test
    void pairIdsGiveBackTheKeysTheyWereGiven() {
        Pairs.Ids ids = new Pairs.Ids();
        long[] keys = {Pairs.key(0, 1), Pairs.key(1, 0), Pairs.key(70_000, 3), Pairs.key(Integer.MAX_VALUE, 5)};
        for (long k : keys) {
            ids.id(k);
        }
        assertEquals(ids.id(keys[2]), ids.id(Pairs.key(70_000, 3)), "the same pair keeps its id");
        assertEquals(java.util.Arrays.toString(keys), java.util.Arrays.toString(ids.keys()));
    }

    @Test
    void aPairMarksTheSectionsOfItsBaseWordThatHaveTheTwoWordsInARow() {
        List<Doc> docs = List.of(
                new Doc('n', "a.html", "A", "", 4, null, null, "vector of numbers, then an assembler"),
                new Doc('n', "b.html", "B", "", 4, null, null, "the vector assembler step"),
                new Doc('n', "c.html", "C", "", 4, null, null, "assembler vector"),
                new Doc('n', "d.html", "D", "", 4, null, null, "a vector; an assembler; the vector assembler"));
        Map<String, byte[]> files = IndexBuilder.build(docs);
        String bucket = new String(files.get("b/0.js"), StandardCharsets.UTF_8);
        // vector's postings are a, b, c, d (numbers 0-3), assembler's the same: the base is the first word.
        // "vector assembler" is in b and d, numbers 1 and 3: as gaps two digits (h i), as a bitmap one (bits 1 and
        // 3: K), so flag C (bitmap, first word). "vector of numbers" skips the stop word: "vector numbers" is a pair.
        assertTrue(bucket.contains('"' + Pairs.keyDigits("vector assembler") + "CK\""), bucket);
        assertTrue(bucket.contains(Pairs.keyDigits("assembler vector")), "c has them the other way round");
        assertTrue(bucket.contains(Pairs.keyDigits("vector numbers")), bucket);
        assertFalse(bucket.contains(Pairs.keyDigits("numbers assembler")), "then is between them: " + bucket);
    }
}

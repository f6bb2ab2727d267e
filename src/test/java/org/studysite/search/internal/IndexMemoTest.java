package org.studysite.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.studysite.search.internal.IndexBuilder.Doc;

/**
 * A memo's index equals a fresh one after any sequence of edits: sections changed, added and removed, words and
 * word pairs gone from the site (their ids outlive them in the memo) and back.
 */
class IndexMemoTest {
    private static final String[] WORDS = ("vector assembler spark udf pipeline model registry alias champion "
            + "feature store drift monitor serving endpoint batch stream delta table mlflow").split(" ");

    @Test
    void everyBuildWithAMemoEqualsOneWithout() {
        Random random = new Random(7);
        IndexBuilder.Memo memo = IndexBuilder.Memo.kept(Long.MAX_VALUE);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc(random, i));
        }
        for (int step = 0; step < 60; step++) {
            edit(random, docs, step);
            Map<String, byte[]> fresh = IndexBuilder.build(docs);
            Map<String, byte[]> memoed = IndexBuilder.build(docs, memo);
            assertEquals(fresh.keySet(), memoed.keySet(), "files after step " + step);
            for (String path : fresh.keySet()) {
                assertEquals(new String(fresh.get(path)), new String(memoed.get(path)), path + " after step " + step);
            }
        }
    }

    @Test
    void aMemoOverItsBudgetKeepsNothingAndStillBuildsTheSameIndex() {
        Random random = new Random(11);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc(random, i));
        }
        IndexBuilder.Memo small = IndexBuilder.Memo.kept(5_000);
        IndexBuilder.Memo large = IndexBuilder.Memo.kept(Long.MAX_VALUE);
        for (int step = 0; step < 10; step++) {
            edit(random, docs, step);
            Map<String, byte[]> fresh = IndexBuilder.build(docs);
            for (IndexBuilder.Memo memo : List.of(small, large)) {
                Map<String, byte[]> memoed = IndexBuilder.build(docs, memo);
                assertEquals(fresh.keySet(), memoed.keySet());
                fresh.forEach((path, bytes) -> assertEquals(new String(bytes), new String(memoed.get(path)), path));
            }
        }
        assertFalse(small.holds(), "40 sections' counts take more than 5,000 bytes");
        assertFalse(small.collects(docs.size()), "a memo past its budget stops collecting");
        assertTrue(small.collects(1), "but would for a site that fits");
        assertTrue(large.holds());
    }

    @Test
    void aWordNoSectionHasAnyMoreLeavesTheDictionaries() {
        IndexBuilder.Memo memo = IndexBuilder.Memo.kept(Long.MAX_VALUE);
        IndexBuilder.build(List.of(new Doc('n', "a.html", "A", "", 4, null, null, "zebra crossing")), memo);
        Map<String, byte[]> after = IndexBuilder.build(List.of(new Doc('n', "a.html", "A", "", 4, null, null, "crossing")), memo);
        assertFalse(after.containsKey("t/ze.js"), after.keySet().toString());
        assertEquals(new String(IndexBuilder.build(List.of(new Doc('n', "a.html", "A", "", 4, null, null, "crossing")))
                .get("t/cr.js")), new String(after.get("t/cr.js")));
    }

    /** An edit of one of five kinds: a body changed, a section added, one removed, a title changed, or none. */
    private static void edit(Random random, List<Doc> docs, int step) {
        int i = random.nextInt(docs.size());
        switch (random.nextInt(5)) {
            case 0 -> docs.set(i, doc(random, 1000 + step));
            case 1 -> docs.add(i, doc(random, 2000 + step));
            case 2 -> {
                if (docs.size() > 5) {
                    docs.remove(i);
                }
            }
            case 3 -> {
                Doc d = docs.get(i);
                docs.set(i, new Doc(d.kind(), d.url(), "Title " + WORDS[random.nextInt(WORDS.length)], d.crumb(),
                        d.titleWeight(), d.heading(), d.parent(), d.body()));
            }
            default -> {
            }
        }
    }

    /** A section of known words, now and then a word of its own (new to the site, gone when it is). */
    private static Doc doc(Random random, int n) {
        String[] body = new String[5 + random.nextInt(30)];
        for (int k = 0; k < body.length; k++) {
            body[k] = random.nextInt(10) == 0 ? "word" + n + "x" + k : WORDS[random.nextInt(WORDS.length)];
        }
        String heading = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        return new Doc('n', "n" + n + ".html#h", "Note " + n, heading, 1, heading, null, String.join(" ", Arrays.asList(body)));
    }
}

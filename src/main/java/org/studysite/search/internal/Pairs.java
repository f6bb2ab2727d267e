package org.studysite.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The word-pair index that answers phrase queries before any document is fetched: which sections hold two phrase
 * words next to each other in a field ("leader election" in "… the leader election …", stop words skipped).
 * A pair names no documents of its own: it marks which of the postings the reader has anyway, those of its rarer
 * word (its base), have it. Those postings, as written (tier 0 then tier 1, each in document order, or the inline
 * list), are numbered from 0; a pair is the numbers of its sections there, as a list of varint deltas or as a
 * bitmap, whichever is shorter. So a phrase costs one small file per pair of words and no score data; its sections
 * rank by their words. Sections where the base word is in a tier the reader never fetches are left out, as the
 * reader could not rank them.
 *
 * <p>A pair is found by its name's FNV-1a hashes (over UTF-16 units, mirrored by search.js): the first picks its
 * bucket {@code b/N.js} (as many as keep each near {@link #BUCKET} characters), the second, 30 bits as five
 * base-64 digits, is its key there. A bucket is an array of strings KEY FLAG DATA, FLAG saying which word is the
 * base and how DATA is written; two pairs whose keys clash in a bucket are written as [name, FLAG DATA] instead.
 */
final class Pairs {
    /** Characters of a bucket file, roughly (about 2-3 KB gzip). */
    static final int BUCKET = 4500;
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static final int BUCKET_BASIS = 0x811c9dc5;
    static final int KEY_BASIS = 0x050c5d1f;

    /** Each document's distinct pairs, as ids ({@link Ids}), documents in order. */
    private final int[][] docPairs;
    private int docs;

    Pairs(int documents) {
        docPairs = new int[documents][];
    }

    /** The next document's distinct pairs. */
    void add(int[] pairIds) {
        docPairs[docs++] = pairIds;
    }

    /** A pair of term ids, as one key. */
    static long key(int first, int second) {
        return (long) first << 32 | second;
    }

    /** FNV-1a, 32 bits, over the UTF-16 units of a pair's name ("first second"), from the given basis. */
    static int hash(String name, int basis) {
        return fnv(name, basis);
    }

    /** {@link #hash(String, int)} of the name "first second", without making it. */
    static int hash(String first, String second, int basis) {
        return fnv(second, (fnv(first, basis) ^ ' ') * 0x01000193);
    }

    private static int fnv(String s, int h) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The five base-64 digits of a pair's key: the top 30 bits of its second hash, low digit first. */
    static String keyDigits(String name) {
        return keyDigits(hash(name, KEY_BASIS));
    }

    private static String keyDigits(int keyHash) {
        int k = keyHash >>> 2;
        StringBuilder sb = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            sb.append(DIGITS.charAt(k & 63));
            k >>>= 6;
        }
        return sb.toString();
    }

    /**
     * Bucket files (path → data for {@code studysite.searchData}) from the documents' pairs added and the postings of
     * every term (grouped by term from offset[t], in document order; tierOf[p] of a posting the reader never fetches
     * is {@link IndexBuilder#DEPTH}).
     */
    Map<String, String> buckets(long[] pairKey, int[] postDoc, int[] offset, byte[] tierOf, String[] names,
                                Map<String, String> files) {
        int pairs = pairKey.length;
        // Each pair's documents, in order (a counting sort; each document's list is dropped once read).
        int[] start = new int[pairs + 1];
        for (int d = 0; d < docs; d++) {
            for (int p : docPairs[d]) {
                start[p + 1]++;
            }
        }
        for (int p = 0; p < pairs; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, pairs);
        int[] pairDoc = new int[start[pairs]];
        for (int d = 0; d < docs; d++) {
            for (int p : docPairs[d]) {
                pairDoc[fill[p]++] = d;
            }
            docPairs[d] = null;
        }
        fill = null;
        // Pairs by base term (the rarer word; the first on a tie), so that each term's postings are numbered once.
        int[] base = new int[pairs];
        int[] byBase = new int[names.length + 1];
        for (int p = 0; p < pairs; p++) {
            int a = (int) (pairKey[p] >>> 32);
            int b = (int) pairKey[p];
            base[p] = offset[b + 1] - offset[b] < offset[a + 1] - offset[a] ? b : a;
            byBase[base[p] + 1]++;
        }
        for (int t = 0; t < names.length; t++) {
            byBase[t + 1] += byBase[t];
        }
        int[] order = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            order[byBase[base[p]]++] = p;
        }
        String[] data = new String[pairs];
        int[] bucketHash = new int[pairs];
        long chars = 0;
        // A posting's number by its document, for the base term numbered last: each pair's documents all hold its
        // base, so they are looked up directly rather than searched for among the base's postings.
        int[] numberOf = new int[docs];
        int[] found = new int[16];
        int numbered = -1;
        for (int p : order) {
            int t = base[p];
            if (t != numbered) {
                number(offset, postDoc, tierOf, t, numberOf);
                numbered = t;
            }
            if (found.length < start[p + 1] - start[p]) {
                found = new int[start[p + 1] - start[p]];
            }
            int count = 0;
            for (int i = start[p]; i < start[p + 1]; i++) {
                int number = numberOf[pairDoc[i]];
                if (number >= 0) {
                    found[count++] = number;
                }
            }
            if (count == 0) {
                continue;
            }
            int[] sorted = Arrays.copyOf(found, count);
            Arrays.sort(sorted);
            int a = (int) (pairKey[p] >>> 32);
            bucketHash[p] = hash(names[a], names[(int) pairKey[p]], BUCKET_BASIS);
            data[p] = data(sorted, t != a);
            chars += data[p].length() + 8;
        }
        int count = (int) Math.max(1, (chars + BUCKET - 1) / BUCKET);
        List<List<Integer>> bucket = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bucket.add(new ArrayList<>());
        }
        for (int p = 0; p < pairs; p++) {
            if (data[p] != null) {
                bucket.get(Integer.remainderUnsigned(bucketHash[p], count)).add(p);
            }
        }
        for (int i = 0; i < count; i++) {
            files.put("b/" + i, bucket(bucket.get(i), pairKey, names, data));
        }
        return files;
    }

    /** A bucket's array, sorted by key (then name), clashing keys written with their names. */
    private static String bucket(List<Integer> in, long[] pairKey, String[] names, String[] data) {
        Map<Integer, String> key = new java.util.HashMap<>();
        for (int p : in) {
            key.put(p, keyDigits(hash(names[(int) (pairKey[p] >>> 32)], names[(int) pairKey[p]], KEY_BASIS)));
        }
        java.util.function.IntFunction<String> name = p -> names[(int) (pairKey[p] >>> 32)] + " " + names[(int) pairKey[p]];
        in.sort((x, y) -> key.get(x).equals(key.get(y)) ? name.apply(x).compareTo(name.apply(y))
                : key.get(x).compareTo(key.get(y)));
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < in.size(); i++) {
            int p = in.get(i);
            boolean clash = i > 0 && key.get(in.get(i - 1)).equals(key.get(p))
                    || i + 1 < in.size() && key.get(in.get(i + 1)).equals(key.get(p));
            sb.append(i == 0 ? "" : ",");
            if (clash) {
                sb.append('[').append(Json.str(name.apply(p))).append(',').append(Json.str(data[p])).append(']');
            } else {
                sb.append(Json.str(key.get(p) + data[p]));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Writes into numberOf, by document, each of term t's postings' number among them as the reader has them (tier 0,
     * then tier 1, each in document order), or -1 for a posting in a tier it never fetches. Other documents' entries
     * are left as they were.
     */
    private static void number(int[] offset, int[] postDoc, byte[] tierOf, int t, int[] numberOf) {
        int[] before = new int[IndexBuilder.DEPTH + 1];
        for (int p = offset[t]; p < offset[t + 1]; p++) {
            before[tierOf[p]]++;
        }
        for (int i = 0, sum = 0; i <= IndexBuilder.DEPTH; i++) {
            int c = before[i];
            before[i] = sum;
            sum += c;
        }
        for (int p = offset[t]; p < offset[t + 1]; p++) {
            numberOf[postDoc[p]] = tierOf[p] < IndexBuilder.DEPTH ? before[tierOf[p]]++ : -1;
        }
    }

    /**
     * FLAG DATA: FLAG is digit 0-3 (bit 0: the base is the second word; bit 1: DATA is a bitmap, six numbers a
     * digit, low bit first); otherwise DATA is the first number and then the gaps, as varints.
     */
    private static String data(int[] sorted, boolean second) {
        StringBuilder list = new StringBuilder();
        int prev = 0;
        for (int v : sorted) {
            IndexBuilder.varint(list, v - prev);
            prev = v;
        }
        int max = sorted[sorted.length - 1];
        int bitmapChars = max / 6 + 1;
        int flag = second ? 1 : 0;
        if (bitmapChars >= list.length()) {
            return DIGITS.charAt(flag) + list.toString();
        }
        int[] bits = new int[bitmapChars];
        for (int v : sorted) {
            bits[v / 6] |= 1 << (v % 6);
        }
        StringBuilder sb = new StringBuilder(bitmapChars + 1).append(DIGITS.charAt(flag | 2));
        for (int b : bits) {
            sb.append(DIGITS.charAt(b));
        }
        return sb.toString();
    }

    /**
     * Ids for pairs, shared by the threads counting documents: given in whatever order the threads meet pairs, as
     * only names reach the output. Each thread keeps its own cache of the ids it has seen ({@link Seen}).
     */
    static final class Ids {
        private final java.util.concurrent.ConcurrentHashMap<Long, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        /**
         * Keys are held multiplied by an odd constant (undone by its inverse): Long's hash of a pair of term ids is
         * first ^ second, which puts the millions of pairs of a large site into a few hundred thousand chains.
         */
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private static final long UNMIX = inverse(MIX);

        int id(long key) {
            return ids.computeIfAbsent(key * MIX, k -> next.getAndIncrement());
        }

        /** The keys by id. */
        long[] keys() {
            long[] keys = new long[next.get()];
            ids.forEach((key, id) -> keys[id] = key * UNMIX);
            return keys;
        }

        /** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration doubles the bits each step). */
        static long inverse(long odd) {
            long x = odd;
            for (int i = 0; i < 5; i++) {
                x *= 2 - odd * x;
            }
            return x;
        }
    }

    /** One thread's set of a document's pairs: an open-addressing table cleared by the slots it used. */
    static final class Seen {
        private long[] table = new long[1 << 10];
        private int[] used = new int[1 << 9];
        private int size;

        Seen() {
            Arrays.fill(table, -1);
        }

        void add(long key) {
            if (size * 2 >= table.length) {
                grow();
            }
            int mask = table.length - 1;
            int i = LongInts.slot(key, mask);
            while (table[i] != -1 && table[i] != key) {
                i = (i + 1) & mask;
            }
            if (table[i] == -1) {
                table[i] = key;
                used[size++] = i;
            }
        }

        /** The document's pairs as ids, in the order first met; clears the set. */
        int[] take(Ids ids, LongInts cache) {
            long[] keys = keys();
            int[] out = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                int id = cache.get(keys[k]);
                if (id < 0) {
                    id = ids.id(keys[k]);
                    cache.put(keys[k], id);
                }
                out[k] = id;
            }
            return out;
        }

        private long[] keys() {
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                keys[k] = table[used[k]];
                table[used[k]] = -1;
            }
            size = 0;
            return keys;
        }

        private void grow() {
            long[] keys = keys();
            table = new long[table.length * 2];
            used = new int[table.length / 2];
            Arrays.fill(table, -1);
            for (long k : keys) {
                add(k);
            }
        }
    }

    /** A map of long keys (not -1) to int values (an open-addressing table): a thread's cache of pair ids. */
    static final class LongInts {
        private long[] table = new long[1 << 12];
        private int[] value = new int[1 << 12];
        private int size;

        LongInts() {
            Arrays.fill(table, -1);
        }

        /** The key's value, or -1. */
        int get(long key) {
            int mask = table.length - 1;
            for (int i = slot(key, mask); table[i] != -1; i = (i + 1) & mask) {
                if (table[i] == key) {
                    return value[i];
                }
            }
            return -1;
        }

        void put(long key, int v) {
            int mask = table.length - 1;
            int i = slot(key, mask);
            while (table[i] != -1 && table[i] != key) {
                i = (i + 1) & mask;
            }
            if (table[i] == -1) {
                size++;
            }
            table[i] = key;
            value[i] = v;
            if (size * 2 > table.length) {
                grow();
            }
        }

        private void grow() {
            long[] old = table;
            int[] oldValue = value;
            table = new long[old.length * 2];
            value = new int[old.length * 2];
            Arrays.fill(table, -1);
            int mask = table.length - 1;
            for (int j = 0; j < old.length; j++) {
                if (old[j] != -1) {
                    int i = slot(old[j], mask);
                    while (table[i] != -1) {
                        i = (i + 1) & mask;
                    }
                    table[i] = old[j];
                    value[i] = oldValue[j];
                }
            }
        }

        static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32) & mask;
        }
    }
}

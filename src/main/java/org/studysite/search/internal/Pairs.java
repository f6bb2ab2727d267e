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

    private Pairs() {
    }

    /** A pair of term ids, as one key. */
    static long key(int first, int second) {
        return (long) first << 32 | second;
    }

    /** FNV-1a, 32 bits, over the UTF-16 units of a pair's name ("first second"), from the given basis. */
    static int hash(String name, int basis) {
        int h = basis;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The five base-64 digits of a pair's key: the top 30 bits of its second hash, low digit first. */
    static String keyDigits(String name) {
        int k = hash(name, KEY_BASIS) >>> 2;
        StringBuilder sb = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            sb.append(DIGITS.charAt(k & 63));
            k >>>= 6;
        }
        return sb.toString();
    }

    /**
     * Bucket files (path → data for {@code studysite.searchData}) from each document's pairs and the postings of
     * every term (grouped by term from offset[t], in document order; tierOf[p] of a posting the reader never fetches
     * is {@link IndexBuilder#DEPTH}).
     */
    static Map<String, String> buckets(long[][] keys, int[] postDoc, int[] offset, byte[] tierOf, String[] names,
                                       Map<String, String> files) {
        int terms = names.length;
        int[] number = numbers(offset, tierOf, terms);
        // Ids by first appearance, documents in order; then each pair's documents, in order (a counting sort).
        LongIds ids = new LongIds();
        int entries = 0;
        for (long[] k : keys) {
            entries += k.length;
        }
        int[] entryPair = new int[entries];
        int at = 0;
        for (long[] k : keys) {
            for (long key : k) {
                entryPair[at++] = ids.id(key);
            }
        }
        int pairs = ids.size();
        int[] start = new int[pairs + 1];
        for (int e = 0; e < entries; e++) {
            start[entryPair[e] + 1]++;
        }
        for (int p = 0; p < pairs; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, pairs);
        int[] pairDoc = new int[entries];
        at = 0;
        for (int d = 0; d < keys.length; d++) {
            for (int j = 0; j < keys[d].length; j++) {
                pairDoc[fill[entryPair[at++]]++] = d;
            }
            keys[d] = null;
        }
        entryPair = null;
        long[] pairKey = ids.keys();
        String[] name = new String[pairs];
        String[] data = new String[pairs];
        long chars = 0;
        for (int p = 0; p < pairs; p++) {
            int a = (int) (pairKey[p] >>> 32);
            int b = (int) pairKey[p];
            boolean second = offset[b + 1] - offset[b] < offset[a + 1] - offset[a];
            int base = second ? b : a;
            int[] at2 = new int[start[p + 1] - start[p]];
            int found = 0;
            for (int i = start[p]; i < start[p + 1]; i++) {
                int j = Arrays.binarySearch(postDoc, offset[base], offset[base + 1], pairDoc[i]);
                if (number[j] >= 0) {
                    at2[found++] = number[j];
                }
            }
            if (found == 0) {
                continue;
            }
            int[] sorted = Arrays.copyOf(at2, found);
            Arrays.sort(sorted);
            name[p] = names[a] + " " + names[b];
            data[p] = data(sorted, second);
            chars += data[p].length() + 8;
        }
        int count = (int) Math.max(1, (chars + BUCKET - 1) / BUCKET);
        List<List<Integer>> bucket = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bucket.add(new ArrayList<>());
        }
        for (int p = 0; p < pairs; p++) {
            if (name[p] != null) {
                bucket.get(Integer.remainderUnsigned(hash(name[p], BUCKET_BASIS), count)).add(p);
            }
        }
        for (int i = 0; i < count; i++) {
            files.put("b/" + i, bucket(bucket.get(i), name, data));
        }
        return files;
    }

    /** A bucket's array, sorted by key (then name), clashing keys written with their names. */
    private static String bucket(List<Integer> in, String[] name, String[] data) {
        String[] key = new String[name.length];
        for (int p : in) {
            key[p] = keyDigits(name[p]);
        }
        in.sort((x, y) -> key[x].equals(key[y]) ? name[x].compareTo(name[y]) : key[x].compareTo(key[y]));
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < in.size(); i++) {
            int p = in.get(i);
            boolean clash = i > 0 && key[in.get(i - 1)].equals(key[p])
                    || i + 1 < in.size() && key[in.get(i + 1)].equals(key[p]);
            sb.append(i == 0 ? "" : ",");
            if (clash) {
                sb.append('[').append(Json.str(name[p])).append(',').append(Json.str(data[p])).append(']');
            } else {
                sb.append(Json.str(key[p] + data[p]));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Each posting's number among its term's postings as the reader has them (tier 0, then tier 1, each in document
     * order), or -1 for a posting in a tier it never fetches.
     */
    private static int[] numbers(int[] offset, byte[] tierOf, int terms) {
        int[] number = new int[tierOf.length];
        int[] before = new int[IndexBuilder.DEPTH + 1];
        for (int t = 0; t < terms; t++) {
            Arrays.fill(before, 0);
            for (int p = offset[t]; p < offset[t + 1]; p++) {
                before[tierOf[p]]++;
            }
            for (int i = 0, sum = 0; i <= IndexBuilder.DEPTH; i++) {
                int c = before[i];
                before[i] = sum;
                sum += c;
            }
            for (int p = offset[t]; p < offset[t + 1]; p++) {
                number[p] = tierOf[p] < IndexBuilder.DEPTH ? before[tierOf[p]]++ : -1;
            }
        }
        return number;
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
            int i = LongIds.slot(key, mask);
            while (table[i] != -1 && table[i] != key) {
                i = (i + 1) & mask;
            }
            if (table[i] == -1) {
                table[i] = key;
                used[size++] = i;
            }
        }

        /** The document's pairs in the order first met; clears the set. */
        long[] take() {
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                keys[k] = table[used[k]];
                table[used[k]] = -1;
            }
            size = 0;
            return keys;
        }

        private void grow() {
            long[] keys = take();
            table = new long[table.length * 2];
            used = new int[table.length / 2];
            Arrays.fill(table, -1);
            for (long k : keys) {
                add(k);
            }
        }
    }

    /** Ids for long keys (an open-addressing table), given in the order the keys are first met. */
    static final class LongIds {
        private long[] table = new long[1 << 12];
        private int[] value = new int[1 << 12];
        private long[] order = new long[1 << 10];
        private int size;

        LongIds() {
            Arrays.fill(table, -1);
        }

        int id(long key) {
            int mask = table.length - 1;
            int i = slot(key, mask);
            while (table[i] != -1) {
                if (table[i] == key) {
                    return value[i];
                }
                i = (i + 1) & mask;
            }
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            table[i] = key;
            value[i] = size;
            order[size] = key;
            if (++size * 2 > table.length) {
                grow();
            }
            return size - 1;
        }

        int size() {
            return size;
        }

        /** The keys by id. */
        long[] keys() {
            return Arrays.copyOf(order, size);
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

package org.studysite.search.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns search documents into shard files. Scores are BM25F impacts computed here, once: the reader only adds
 * them up. Four kinds of file, so that a query fetches little and nothing it fetches grows with the site:
 * <ul>
 * <li>{@code t/KEY.js}, a term dictionary: the terms sharing their first two characters (KEY), each with its
 * document count and either its postings inline (rare terms, most of a real vocabulary) or the number of its
 * tiers. Typo and prefix candidates are chosen from it before any postings are fetched.
 * <li>{@code p/KEY.I.T.js}, tier T of the postings of the dictionary's I-th term. Tiers are ordered by impact:
 * tier 0 holds the term's {@link #FIRST_TIER} best documents (title and heading hits), each further tier four
 * times more. The reader fetches further tiers only while they could still change the results it shows, and at
 * most {@link #DEPTH} of them (written in each dictionary as {@code f}): deeper tiers are counted, not written.
 * <li>{@code b/N.js}, word-pair buckets ({@link Pairs}): which of a word's postings have the next phrase word
 * right after it, so that a quoted phrase is checked before any document is fetched.
 * <li>{@code d/N.js}, documents N×{@link #chunkSize}… (kind, url, title, breadcrumb, the first {@link #TEXT_CAP}
 * characters of text for the excerpt), fetched for the results shown only. Note sections come first, then
 * quizzes, questions and exams, so the notes/questions filter is a document-id range the reader applies before
 * fetching any document.
 * </ul>
 * File count matters as much as bytes: writing a small file costs a build 0.1-0.4 ms of system time, so chunks
 * are as large as a keystroke's budget allows: 8 new results may be in 8 chunks, beside a new dictionary and a
 * deeper tier of 3 words, which grow with the site ({@link #chunkSize}).
 */
public final class IndexBuilder {
    /** Documents to a chunk on a large site, and on a site of at most {@link #SMALL_SITE} documents. */
    static final int CHUNK = 6;
    static final int SMALL_CHUNK = 12;
    static final int SMALL_SITE = 30_000;
    /** Stored text per document, for its excerpt. */
    public static final int TEXT_CAP = 140;
    /** Postings this long (base-64 characters) or shorter stay inline in the dictionary. */
    static final int INLINE = 96;
    static final int FIRST_TIER = 200;
    /**
     * Tiers of a term the reader fetches at most (200 + 800 postings): a word found in thousands of sections ranks
     * from its best thousand, and the count shown is then a lower bound. Deeper tiers are counted in the
     * dictionary (so the reader knows the count is not exact) but not written.
     */
    static final int DEPTH = 2;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /**
     * One searchable unit. Fields and their weights: title (titleWeight), heading (headingWeight: 3 for a note's
     * heading, 2 for a question's prompt, so the notes a question tests come before it), parent heading 1.5, body 1.
     */
    public record Doc(char kind, String url, String title, String crumb, double titleWeight, String heading,
                      String parent, String body) {
        double headingWeight() {
            return kind == 'q' ? 2 : 3;
        }
    }

    private IndexBuilder() {
    }

    /**
     * path → file bytes, for every dictionary, postings tier and document chunk. Held in primitive arrays
     * (a term id and a weighted frequency per document and term, then postings grouped by term), as a site of
     * 10,000 notes has over 100,000 sections and millions of postings.
     */
    public static Map<String, byte[]> build(List<Doc> docs) {
        return build(docs, Memo.once());
    }

    /**
     * As {@link #build(List)}, with the terms of each document counted in memo's last build taken from it rather
     * than counted again (counting is over half of the index's work): a dev server's save re-counts only the
     * sections it changed. Output is the same as without a memo.
     */
    public static Map<String, byte[]> build(List<Doc> docs, Memo memo) {
        if (!memo.collects(docs.size())) {
            memo.forget();
            return build(docs, Memo.once());
        }
        int notes = 0;
        while (notes < docs.size() && docs.get(notes).kind() == 'n') {
            notes++;
        }
        for (int i = notes; i < docs.size(); i++) {
            if (docs.get(i).kind() == 'n') {
                throw new IllegalArgumentException("note sections must come before other documents");
            }
        }
        // Per document, its distinct terms (as ids) and their weighted frequencies (field weight × occurrences),
        // counted in parallel. Ids are given in whatever order the threads meet terms: only names reach the output.
        Map<String, Integer> ids = memo.ids;
        java.util.concurrent.atomic.AtomicInteger next = memo.next;
        Pairs.Ids pairIds = memo.pairIds;
        ThreadLocal<Counts> counts = ThreadLocal.withInitial(() -> new Counts(pairIds));
        Map<Doc, Terms> counted = memo.keeps() ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        List<Terms> perDoc = new java.util.ArrayList<>(org.studysite.concurrent.Parallel.map(docs, d -> {
            Terms t = memo.counted.get(d);
            if (t == null) {
                t = frequencies(d, ids, next, counts.get());
            }
            if (counted != null) {
                counted.put(d, t);
            }
            return t;
        }));
        String[] names = new String[next.get()];
        ids.forEach((name, id) -> names[id] = name);
        Pairs pairs = new Pairs(perDoc.size());
        int[] start = new int[docs.size() + 1];
        int entries = perDoc.stream().mapToInt(t -> t.ids().length).sum();
        int[] entryTerm = new int[entries];
        float[] entryTf = new float[entries];
        double[] lengths = new double[docs.size()];
        double total = 0;
        int at = 0;
        for (int i = 0; i < docs.size(); i++) {
            Terms t = perDoc.get(i);
            start[i] = at;
            System.arraycopy(t.ids(), 0, entryTerm, at, t.ids().length);
            System.arraycopy(t.tf(), 0, entryTf, at, t.tf().length);
            at += t.ids().length;
            lengths[i] = t.length();
            total += t.length();
            pairs.add(t.pairs());
            perDoc.set(i, null);
        }
        perDoc = null;
        start[docs.size()] = at;
        int[] df = new int[names.length];
        for (int k = 0; k < at; k++) {
            df[entryTerm[k]]++;
        }
        // Postings grouped by term in document order: a counting sort over the entries.
        int[] offset = new int[names.length + 1];
        for (int t = 0; t < names.length; t++) {
            offset[t + 1] = offset[t] + df[t];
        }
        int[] fill = java.util.Arrays.copyOf(offset, names.length);
        int[] postDoc = new int[at];
        int[] postImpact = new int[at];
        double avg = docs.isEmpty() ? 1 : Math.max(1, total / docs.size());
        int n = docs.size();
        for (int i = 0; i < n; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                int t = entryTerm[k];
                int slot = fill[t]++;
                postDoc[slot] = i;
                postImpact[slot] = impact(n, df[t], entryTf[k], lengths[i], avg);
            }
        }
        entryTerm = null;
        entryTf = null;
        // Only terms with postings: a memo's ids outlive the documents that had them.
        Integer[] order = java.util.stream.IntStream.range(0, names.length).filter(t -> df[t] > 0).boxed()
                .toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
        // Each posting's tier, and each term's tier count (0: its postings are inline in the dictionary).
        byte[] tierOf = new byte[at];
        int[] tierCount = new int[names.length];
        for (int t = 0; t < names.length; t++) {
            int from = offset[t];
            int to = offset[t + 1];
            if ((to - from) * 2 <= INLINE && encode(postDoc, postImpact, from, to, null, 0).length() <= INLINE) {
                continue;
            }
            int[] tier = tiers(postImpact, from, to);
            for (int p = from; p < to; p++) {
                tierOf[p] = (byte) Math.min(tier[p - from], DEPTH);
                tierCount[t] = Math.max(tierCount[t], tier[p - from] + 1);
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> buckets = pairs.buckets(pairIds.keys(), postDoc, offset, tierOf, names, new TreeMap<>());
        pairs = null;
        buckets.forEach((path, data) -> files.put(path + ".js", call(path, data)));
        int chunk = chunkSize(n);
        String meta = "c:" + chunk + ",f:" + DEPTH + ",b:" + buckets.size() + ",n:" + notes + ",N:" + n;
        StringBuilder dict = new StringBuilder();
        String key = null;
        int inKey = 0;
        for (int o = 0; o <= order.length; o++) {
            String k = o < order.length ? key(names[order[o]]) : null;
            if (key != null && !key.equals(k)) {
                files.put("t/" + key + ".js", call("t/" + key, "{" + meta + ",t:[" + dict + "]}"));
                dict.setLength(0);
                inKey = 0;
            }
            if (k == null) {
                break;
            }
            key = k;
            int t = order[o];
            int from = offset[t];
            int to = offset[t + 1];
            dict.append(inKey == 0 ? "" : ",").append(Json.str(names[t])).append(',').append(to - from).append(',');
            if (tierCount[t] == 0) {
                dict.append(Json.str(encode(postDoc, postImpact, from, to, null, 0)));
            } else {
                for (int i = 0; i < Math.min(tierCount[t], DEPTH); i++) {
                    String path = "p/" + key + "." + inKey + "." + i;
                    files.put(path + ".js", call(path, Json.str(encode(postDoc, postImpact, from, to, tierOf, i))));
                }
                dict.append(tierCount[t]);
            }
            inKey++;
        }
        Map<Integer, Chunk> chunks = memo.keeps() ? new java.util.HashMap<>() : null;
        for (int c = 0; c * chunk < n; c++) {
            List<Doc> in = docs.subList(c * chunk, Math.min(n, (c + 1) * chunk));
            Chunk last = memo.chunks.get(c);
            byte[] bytes = last != null && last.docs().equals(in) ? last.bytes() : call("d/" + c, chunk(in));
            files.put("d/" + c + ".js", bytes);
            if (chunks != null) {
                // With this build's documents, the memo's keys, rather than the equal ones of the build that made it.
                chunks.put(c, new Chunk(List.copyOf(in), bytes));
            }
        }
        if (counted != null) {
            memo.keep(counted, chunks, docs.size());
        }
        return files;
    }

    /**
     * Term and pair ids, and each document's terms as last counted, kept from one build of the index to the next.
     * Not for concurrent builds.
     */
    public static final class Memo {
        /** Bytes a document's memo takes beside its terms and pairs: its record, map entry and strings, roughly. */
        private static final long PER_DOCUMENT = 300;
        private final long budget;
        private Map<String, Integer> ids;
        private java.util.concurrent.atomic.AtomicInteger next;
        private Pairs.Ids pairIds;
        private Map<Doc, Terms> counted;
        /** Document chunks by number: a chunk's file depends on its documents alone. */
        private Map<Integer, Chunk> chunks;
        /** What the last counts kept took per document (0 before any): a site past the budget is not collected. */
        private long bytesPerDocument;

        private Memo(long budget) {
            this.budget = budget;
            forget();
        }

        /**
         * A memo that keeps each build's counts for the next while they take at most budget bytes: past it, the
         * heap they take makes the collector run often enough to cost a large site more than counting again
         * (at 10,000 notes they take 187 MB, and with them serve's 1 GiB heap was collected in full every other save).
         */
        public static Memo kept(long budget) {
            return new Memo(budget);
        }

        /** A memo for one build: nothing is kept. */
        static Memo once() {
            return new Memo(-1);
        }

        /** Whether the last build's counts were kept. */
        boolean holds() {
            return !counted.isEmpty();
        }

        private boolean keeps() {
            return budget >= 0;
        }

        /**
         * Whether a build of this many documents collects what it counted: not when, at the last build's bytes per
         * document, they would not fit the budget (a large site would make and drop them on every save).
         */
        boolean collects(int documents) {
            return !keeps() || (long) documents * bytesPerDocument <= budget;
        }

        /** Keeps a build's counts and chunks if they fit the budget; otherwise starts afresh. */
        private void keep(Map<Doc, Terms> counted, Map<Integer, Chunk> chunks, int documents) {
            long bytes = 0;
            for (Terms t : counted.values()) {
                bytes += PER_DOCUMENT + 8L * t.ids().length + 4L * t.pairs().length;
            }
            for (Chunk c : chunks.values()) {
                bytes += c.bytes().length;
            }
            bytesPerDocument = bytes / Math.max(1, documents);
            if (bytes > budget) {
                forget();
            } else {
                this.counted = counted;
                this.chunks = chunks;
            }
        }

        private void forget() {
            ids = new java.util.concurrent.ConcurrentHashMap<>();
            next = new java.util.concurrent.atomic.AtomicInteger();
            pairIds = new Pairs.Ids();
            counted = Map.of();
            chunks = Map.of();
        }
    }

    /** A document chunk's documents and its file. */
    private record Chunk(List<Doc> docs, byte[] bytes) {
    }

    /**
     * Documents to a chunk file. A keystroke's bytes are its new dictionary and postings tiers, which grow with the
     * site, and up to 8 chunks, which do not; measured with bench/run.sh's queries (gzip, worst further keystroke):
     * 12 to a chunk kept 1,000 notes (14,000 documents) within 8.7 KB, and halved their 2,310 chunk files; at
     * 10,000 notes (138,000 documents) 12 would pass 10 KB, and 6 keep 9.3 KB.
     */
    static int chunkSize(int documents) {
        return documents <= SMALL_SITE ? SMALL_CHUNK : CHUNK;
    }

    /**
     * A document's distinct terms as ids, their weighted frequencies, its weighted length (title aside), and its
     * distinct word pairs (as {@link Pairs.Ids}).
     */
    private record Terms(int[] ids, float[] tf, double length, int[] pairs) {
    }

    /** A posting's impact: its BM25 score (k1 1.2, b 0.75) × 10, rounded, at least 1. */
    static int impact(int n, int df, double tf, double length, double avg) {
        double norm = K1 * (1 - B + B * length / avg);
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        return Math.max(1, (int) Math.round(idf * tf * (K1 + 1) / (tf + norm) * 10));
    }

    private static Terms frequencies(Doc d, Map<String, Integer> ids, java.util.concurrent.atomic.AtomicInteger next,
                                     Counts counts) {
        counts.add(d.title(), d.titleWeight(), ids, next);
        double length = counts.add(d.heading(), d.headingWeight(), ids, next) + counts.add(d.parent(), 1.5, ids, next)
                + counts.add(d.body(), 1, ids, next);
        return counts.take(length);
    }

    /**
     * One thread's running sums of a document's weighted term frequencies, by term id: plain arrays reused from one
     * document to the next rather than a map of boxed numbers per document (this runs over every word of the site).
     */
    private static final class Counts {
        private double[] sum = new double[1024];
        private int[] seen = new int[256];
        private int size;
        private final Pairs.Seen pairs = new Pairs.Seen();
        private final Pairs.Ids pairIds;
        private final Pairs.LongInts pairCache = new Pairs.LongInts();
        private final Tokenizer.Words words = new Tokenizer.Words();
        private int[] idAt = new int[256];

        Counts(Pairs.Ids pairIds) {
            this.pairIds = pairIds;
        }

        /** Adds a field's terms and word pairs at its weight; returns its weighted length. */
        double add(String text, double weight, Map<String, Integer> ids, java.util.concurrent.atomic.AtomicInteger next) {
            words.clear();
            List<String> terms = Tokenizer.terms(text, words);
            if (idAt.length < terms.size()) {
                idAt = new int[Math.max(terms.size(), idAt.length * 2)];
            }
            for (int k = 0; k < terms.size(); k++) {
                String t = terms.get(k);
                Integer id = ids.get(t);
                int i = id != null ? id : ids.computeIfAbsent(t, name -> next.getAndIncrement());
                idAt[k] = i;
                if (i >= sum.length) {
                    sum = java.util.Arrays.copyOf(sum, Math.max(i + 1, sum.length * 2));
                }
                if (sum[i] == 0) {
                    if (size == seen.length) {
                        seen = java.util.Arrays.copyOf(seen, size * 2);
                    }
                    seen[size++] = i;
                }
                sum[i] += weight;
            }
            int prev = -1;
            for (int w = 0; w < words.size(); w++) {
                int id = idAt[words.at(w)];
                if (prev >= 0) {
                    pairs.add(Pairs.key(prev, id));
                }
                prev = id;
            }
            return terms.size() * weight;
        }

        /** The document's distinct terms and frequencies, in the order first met; clears the sums for the next. */
        Terms take(double length) {
            int[] termIds = java.util.Arrays.copyOf(seen, size);
            float[] weights = new float[size];
            for (int k = 0; k < size; k++) {
                weights[k] = (float) sum[termIds[k]];
                sum[termIds[k]] = 0;
            }
            size = 0;
            return new Terms(termIds, weights, length, pairs.take(pairIds, pairCache));
        }
    }

    /**
     * A long postings list (positions from…to-1, in document order) cut by impact: the best {@link #FIRST_TIER},
     * then four times as many, and so on. Returns each posting's tier; every impact in a tier is at most the lowest
     * of the tier before. A counting sort by impact (stable, so ties go in document order) gives each posting its
     * rank, and the rank its tier.
     */
    static int[] tiers(int[] impact, int from, int to) {
        int max = 0;
        for (int p = from; p < to; p++) {
            max = Math.max(max, impact[p]);
        }
        int[] next = new int[max + 1];
        for (int p = from; p < to; p++) {
            next[impact[p]]++;
        }
        for (int v = max, rank = 0; v >= 0; v--) {
            int count = next[v];
            next[v] = rank;
            rank += count;
        }
        int[] tierOf = new int[to - from];
        for (int p = from; p < to; p++) {
            int rank = next[impact[p]]++;
            int tier = 0;
            for (long start = 0, size = FIRST_TIER; rank >= start + size; start += size, size *= 4) {
                tier++;
            }
            tierOf[p - from] = tier;
        }
        return tierOf;
    }

    /**
     * A chunk's documents as [kind, url, title, crumb, text]. A section of the page before it gives only its
     * #anchor as url, or only # when the anchor is {@link #slug} of its heading, and 0 as title when the title is
     * the same: a page's sections share a chunk.
     */
    private static String chunk(List<Doc> docs) {
        StringBuilder sb = new StringBuilder("[");
        String page = null;
        String title = null;
        for (Doc d : docs) {
            String text = d.body() == null ? "" : d.body();
            if (text.length() > TEXT_CAP) {
                int cut = text.lastIndexOf(' ', TEXT_CAP);
                text = text.substring(0, cut > TEXT_CAP / 2 ? cut : TEXT_CAP) + "…";
            }
            int hash = d.url().indexOf('#');
            String url = hash > 0 && d.url().substring(0, hash).equals(page) ? d.url().substring(hash) : d.url();
            if (url.startsWith("#") && url.substring(1).equals(slug(d.crumb()))) {
                url = "#";
            }
            page = hash > 0 ? d.url().substring(0, hash) : d.url();
            sb.append(sb.length() == 1 ? "" : ",").append('[').append(Json.str(String.valueOf(d.kind()))).append(',')
                    .append(Json.str(url)).append(',').append(d.title().equals(title) ? "0" : Json.str(d.title()))
                    .append(',').append(Json.str(d.crumb() == null ? "" : d.crumb())).append(',')
                    .append(Json.str(text)).append(']');
            title = d.title();
        }
        return sb.append(']').toString();
    }

    /**
     * The anchor the reader derives from a breadcrumb: its last part (after the last " › "), when plain ASCII,
     * lower-cased, without characters other than a-z 0-9 space _ -, spaces as -; null for other text. Most heading
     * ids are this, so most sections need not store theirs.
     */
    static String slug(String crumb) {
        if (crumb == null) {
            return null;
        }
        String heading = crumb.substring(crumb.lastIndexOf(" › ") < 0 ? 0 : crumb.lastIndexOf(" › ") + 3);
        StringBuilder sb = new StringBuilder(heading.length());
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            if (c >= 128) {
                return null;
            }
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9' || l == '_' || l == '-') {
                sb.append(l);
            } else if (l == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /** A file's UTF-8 bytes: as Java strings the index of a 10,000-note site would take twice the memory. */
    private static byte[] call(String key, String data) {
        return ("studysite.searchData(" + Json.str(key) + "," + data + ");\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A term's dictionary: its first two characters, [a-z0-9] as they are and others as _hex. */
    public static String key(String term) {
        StringBuilder sb = new StringBuilder();
        term.codePoints().limit(2).forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('_').append(Integer.toHexString(cp));
            }
        });
        return sb.toString();
    }

    /**
     * Postings from…to-1 (of one tier, or all when tierOf is null): doc-id deltas and impacts as base-64 varints
     * (digits 0-31 continue a number, 32-63 end it).
     */
    static String encode(int[] doc, int[] impact, int from, int to, byte[] tierOf, int tier) {
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int p = from; p < to; p++) {
            if (tierOf != null && tierOf[p] != tier) {
                continue;
            }
            varint(sb, doc[p] - prev);
            varint(sb, impact[p]);
            prev = doc[p];
        }
        return sb.toString();
    }

    static void varint(StringBuilder sb, int v) {
        while (v >= 32) {
            sb.append(DIGITS.charAt(v & 31));
            v >>>= 5;
        }
        sb.append(DIGITS.charAt(32 + v));
    }
}

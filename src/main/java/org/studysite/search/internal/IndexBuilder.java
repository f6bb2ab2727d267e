package org.studysite.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns search documents into shard files. Scores are BM25F impacts computed here, once: the reader only adds
 * them up. Term shards are keyed by a term's first two characters (t/KEY.js: the dictionary and postings of
 * those terms); documents are in chunks of {@link #CHUNK} (d/N.js), so a query fetches its terms' shards and the
 * chunks of the results it shows, and neither grows with the site the way one index file would.
 */
public final class IndexBuilder {
    public static final int CHUNK = 4;
    /** Stored text per document, for excerpts and phrase checks. */
    public static final int TEXT_CAP = 700;
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

    /** path → file text, for every shard and chunk. */
    public static Map<String, String> build(List<Doc> docs) {
        Map<String, List<int[]>> postings = new TreeMap<>();
        List<Map<String, Double>> tfs = new ArrayList<>();
        double[] lengths = new double[docs.size()];
        double total = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            Map<String, Double> tf = new HashMap<>();
            add(tf, d.title(), d.titleWeight());
            lengths[i] = add(tf, d.heading(), d.headingWeight()) + add(tf, d.parent(), 1.5) + add(tf, d.body(), 1);
            total += lengths[i];
            tfs.add(tf);
        }
        double avg = docs.isEmpty() ? 1 : Math.max(1, total / docs.size());
        Map<String, Integer> df = new HashMap<>();
        tfs.forEach(tf -> tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        for (int i = 0; i < docs.size(); i++) {
            for (var e : tfs.get(i).entrySet()) {
                int n = df.get(e.getKey());
                double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                double w = e.getValue();
                double score = idf * w * (K1 + 1) / (w + K1 * (1 - B + B * lengths[i] / avg));
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new int[] {i, Math.max(1, (int) Math.round(score * 10))});
            }
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, StringBuilder> shards = new TreeMap<>();
        postings.forEach((term, list) -> {
            String key = key(term);
            StringBuilder sb = shards.computeIfAbsent(key, k -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : ",").append(Json.str(term)).append(',').append(Json.str(encode(list)));
        });
        shards.forEach((key, sb) -> files.put("t/" + key + ".js", call("t/" + key, "{c:" + CHUNK + ",t:[" + sb + "]}")));
        for (int c = 0; c * CHUNK < docs.size(); c++) {
            files.put("d/" + c + ".js", call("d/" + c, chunk(docs.subList(c * CHUNK, Math.min(docs.size(), (c + 1) * CHUNK)))));
        }
        return files;
    }

    private static double add(Map<String, Double> tf, String text, double weight) {
        List<String> terms = Tokenizer.terms(text);
        terms.forEach(t -> tf.merge(t, weight, Double::sum));
        return terms.size() * weight;
    }

    private static String chunk(List<Doc> docs) {
        StringBuilder sb = new StringBuilder("[");
        for (Doc d : docs) {
            String text = d.body() == null ? "" : d.body();
            if (text.length() > TEXT_CAP) {
                int cut = text.lastIndexOf(' ', TEXT_CAP);
                text = text.substring(0, cut > TEXT_CAP / 2 ? cut : TEXT_CAP) + "…";
            }
            sb.append(sb.length() == 1 ? "" : ",").append('[').append(Json.str(String.valueOf(d.kind()))).append(',')
                    .append(Json.str(d.url())).append(',').append(Json.str(d.title())).append(',')
                    .append(Json.str(d.crumb() == null ? "" : d.crumb())).append(',').append(Json.str(text)).append(']');
        }
        return sb.append(']').toString();
    }

    private static String call(String key, String data) {
        return "studysite.searchData(" + Json.str(key) + "," + data + ");\n";
    }

    /** A term's shard: its first two characters, [a-z0-9] as they are and others as _hex. */
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

    /** Doc id deltas and impacts as base-64 varints: digits 0-31 continue a number, 32-63 end it. */
    static String encode(List<int[]> list) {
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int[] p : list) {
            varint(sb, p[0] - prev);
            varint(sb, p[1]);
            prev = p[0];
        }
        return sb.toString();
    }

    private static void varint(StringBuilder sb, int v) {
        while (v >= 32) {
            sb.append(DIGITS.charAt(v & 31));
            v >>>= 5;
        }
        sb.append(DIGITS.charAt(32 + v));
    }
}

package org.studysite.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index's tokens. Mirrored by {@code tokenize} in assets/js/search.js; both are checked against
 * src/test/resources/search/tokens.json. A word run keeps its whole form (spark_udf, mlflow.pyfunc.spark_udf,
 * vectorassembler) and adds its parts (split at . _ - and camelCase). Accents are folded. Han, kana and Hangul
 * runs become overlapping bigrams (a lone character stays a unigram), as CJK text has no spaces between words.
 */
public final class Tokenizer {
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[._\\-][\\p{L}\\p{N}\\p{M}]+)*");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+");
    private static final Pattern JOINER = Pattern.compile("[_\\-]");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    public static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "with");
    private static final int MAX_LENGTH = 48;

    private Tokenizer() {
    }

    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Every index term of a text, in order, repeated as often as it occurs. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            run(m.group(), out);
        }
        return out;
    }

    private static void run(String run, List<String> out) {
        Matcher c = CJK.matcher(run);
        int last = 0;
        while (c.find()) {
            word(run.substring(last, c.start()), out);
            String han = c.group();
            int[] cps = han.codePoints().toArray();
            if (cps.length == 1) {
                out.add(han);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
            last = c.end();
        }
        word(run.substring(last), out);
    }

    private static void word(String w, List<String> out) {
        w = w.replaceAll("^[._\\-]+|[._\\-]+$", "");
        if (w.isEmpty()) {
            return;
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.add(fold(w));
        for (String dotted : w.split("\\.")) {
            terms.add(fold(dotted));
            for (String part : JOINER.split(dotted)) {
                terms.add(fold(part));
                for (String sub : CAMEL.split(part)) {
                    terms.add(fold(sub));
                }
            }
        }
        for (String t : terms) {
            if (keep(t)) {
                out.add(t);
            }
        }
    }

    static boolean keep(String t) {
        return !t.isEmpty() && t.length() <= MAX_LENGTH && !STOP.contains(t)
                && (t.length() > 1 || Character.isDigit(t.charAt(0)));
    }
}

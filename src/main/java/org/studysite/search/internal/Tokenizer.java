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
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Every index term of a text, in order, repeated as often as it occurs. */
    public static List<String> terms(String text) {
        return terms(text, null);
    }

    /**
     * As {@link #terms(String)}, and adds to words (when not null) where the text's phrase words are among the
     * terms returned, in order: each run's whole form when it is a term, and each CJK bigram (or lone character),
     * as the reader's phrase query has them. Adjacent phrase words are the index's word pairs.
     */
    public static List<String> terms(String text, Words words) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // Word runs, [\p{L}\p{N}\p{M}]+(?:[._-][\p{L}\p{N}\p{M}]+)* as the reader's RUN, scanned by hand: this
        // runs over every word of the site.
        char[] a = text.toCharArray();
        int n = a.length;
        int i = 0;
        while (i < n) {
            int cp = a[i] < 128 ? a[i] : Character.codePointAt(a, i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            int end = i;
            // Most runs are a lower-case ASCII word: their one term is the run itself, with no further look.
            boolean simple = true;
            while (end < n) {
                char ch = a[end];
                if (ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9')) {
                    end++;
                    continue;
                }
                int c = ch < 128 ? ch : Character.codePointAt(a, end);
                if (wordChar(c)) {
                    end += Character.charCount(c);
                } else if ((c == '.' || c == '_' || c == '-') && end + 1 < n && wordChar(Character.codePointAt(a, end + 1))) {
                    end++;
                } else {
                    break;
                }
                simple = false;
            }
            if (simple) {
                String t = text.substring(begin, end);
                if (keep(t)) {
                    out.add(t);
                    if (words != null) {
                        words.add(out.size() - 1);
                    }
                }
            } else {
                run(text.substring(begin, end), out, words);
            }
            i = end;
        }
        return out;
    }

    /** \p{L}, \p{N} or \p{M}. */
    private static boolean wordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static void run(String run, List<String> out, Words words) {
        if (ascii(run)) {
            word(run, out, words);
            return;
        }
        Matcher c = CJK.matcher(run);
        int last = 0;
        while (c.find()) {
            word(run.substring(last, c.start()), out, words);
            String han = c.group();
            int[] cps = han.codePoints().toArray();
            if (cps.length == 1) {
                out.add(han);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
            for (int k = out.size() - Math.max(1, cps.length - 1); words != null && k < out.size(); k++) {
                words.add(k);
            }
            last = c.end();
        }
        word(run.substring(last), out, words);
    }

    private static void word(String w, List<String> out, Words words) {
        int from = 0;
        int to = w.length();
        while (from < to && joiner(w.charAt(from))) {
            from++;
        }
        while (to > from && joiner(w.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        w = w.substring(from, to);
        if (plain(w)) {
            String t = w.toLowerCase(Locale.ROOT);
            if (keep(t)) {
                out.add(t);
                if (words != null) {
                    words.add(out.size() - 1);
                }
            }
            return;
        }
        String whole = fold(w);
        if (words != null && keep(whole)) {
            words.add(out.size());
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.add(whole);
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

    /** Where phrase words are among a text's terms: a growing array of positions, cleared for reuse. */
    public static final class Words {
        private int[] at = new int[64];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }

        public int size() {
            return size;
        }

        /** The i-th phrase word's position among the terms. */
        public int at(int i) {
            return at[i];
        }

        public void clear() {
            size = 0;
        }
    }

    private static boolean joiner(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII word with no joiner and no camelCase boundary (the CAMEL pattern's): its only term is itself. */
    private static boolean plain(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 128 || joiner(c)) {
                return false;
            }
            if (i > 0 && upper(c) && (lower(w.charAt(i - 1))
                    || upper(w.charAt(i - 1)) && i + 1 < w.length() && lower(w.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean keep(String t) {
        return !t.isEmpty() && t.length() <= MAX_LENGTH && (t.length() > 4 || !STOP.contains(t))
                && (t.length() > 1 || Character.isDigit(t.charAt(0)));
    }
}

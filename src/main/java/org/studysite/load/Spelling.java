package org.studysite.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance, for misspelt field names, ids and domains. */
public final class Spelling {
    private Spelling() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> distance(word.toLowerCase(), c.toLowerCase()) <= Math.max(2, word.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(word.toLowerCase(), c.toLowerCase()))
                        .thenComparing(c -> c));
    }

    /** "did you mean `x`?" or, failing that, the allowed values. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean `" + c + "`?")
                .orElse("allowed: " + String.join(", ", candidates.stream().sorted().toList()));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

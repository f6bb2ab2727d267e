package org.studysite.diag;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Did you mean …?" hints: the known name closest to a misspelt one by edit distance. */
public final class DidYouMean {
    private static final int LISTED = 12;

    private DidYouMean() {
    }

    /**
     * The candidate with the smallest case-insensitive Levenshtein distance to {@code wrong}, if it is close enough
     * to be a plausible typo (at most a third of the word, and at least 2 edits allowed so short names still match).
     * Ties go to the alphabetically first candidate so hints do not depend on hash order.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int dist = distance(w, c.toLowerCase(Locale.ROOT));
            if (dist <= limit && dist < bestDistance) {
                best = c;
                bestDistance = dist;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "did you mean `x`?" or, with no close match, "{label}: a, b, c" listing a few candidates. */
    public static String hint(String wrong, Collection<String> candidates, String label) {
        return closest(wrong, candidates).map(c -> "did you mean `" + c + "`?")
                .orElseGet(() -> candidates.isEmpty() ? "" : label + ": " + list(candidates));
    }

    /** Up to twelve names, sorted, back-quoted, with "…" when there are more. */
    public static String list(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        String shown = sorted.stream().limit(LISTED).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        return sorted.size() > LISTED ? shown + ", …" : shown;
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
                int replace = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(replace, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}

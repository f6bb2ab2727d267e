package org.studysite.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading slugs ("Quiz: Experimentation &amp; Data Management" → "quiz-experimentation--data-management"):
 * lower case, punctuation dropped, each space a '-'; a repeated slug gets "-1", "-2", … like GitHub's anchors.
 */
final class Slugger {
    private final Map<String, Integer> seen = new HashMap<>();

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).trim().replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    String unique(String text) {
        String base = slug(text);
        int count = seen.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + (count - 1);
    }
}

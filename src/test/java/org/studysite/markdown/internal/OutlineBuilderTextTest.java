package org.studysite.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scans over a section's text give what the library calls they replace give. */
class OutlineBuilderTextTest {
    private static final String ALPHABET = " \t\n\u000b\f\r\u001c\u001f\u00a0\u2003\u3000aZ09é_-.,;\u00e0\u0416\u4e2d";

    @Test
    void collapsingSpacesMatchesTheRegex() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            String s = sample(random);
            assertEquals(s.replaceAll("\\s+", " "), OutlineBuilder.collapseSpaces(s), () -> "for " + escape(s));
        }
    }

    @Test
    void countingWordsMatchesCharactersClassesOfTheJdk() {
        Random random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            String s = sample(random);
            assertEquals(reference(s), OutlineBuilder.countWords(s), () -> "for " + escape(s));
        }
        assertEquals(3, OutlineBuilder.countWords("  one, two\u2003three -- "));
    }

    /** The original definition: whitespace-separated tokens with at least one letter or digit. */
    private static int reference(String s) {
        int count = 0;
        boolean counted = false;
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    private static String sample(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(256) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}

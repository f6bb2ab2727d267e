package org.studysite.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scans over a section's text give what the library calls they replace give. */
class OutlineBuilderTextTest {
    private static final String ALPHABET = " \t\n\u000b\f\r\u001c\u001f\u00a0\u2003\u3000aZ09é_-.,;\u00e0\u0416\u4e2d";

    /**
     * A section's text is collapsed as it is read, text by text, and its words counted in the same pass: the same
     * as collapsing the whole section with the regex and counting each text on its own.
     */
    @Test
    void aSectionReadTextByTextIsTheRegexCollapseOfItAllAndCountsItsWords() {
        Random random = new Random(13);
        for (int n = 0; n < 500; n++) {
            org.commonmark.node.Document doc = new org.commonmark.node.Document();
            StringBuilder raw = new StringBuilder();
            int words = 0;
            for (int block = random.nextInt(4); block >= 0; block--) {
                if (random.nextBoolean()) {
                    org.commonmark.node.Paragraph p = new org.commonmark.node.Paragraph();
                    for (int t = random.nextInt(3); t >= 0; t--) {
                        String text = sample(random);
                        p.appendChild(new org.commonmark.node.Text(text));
                        raw.append(text);
                        words += reference(text);
                    }
                    doc.appendChild(p);
                    raw.append(' ');
                } else {
                    org.commonmark.node.IndentedCodeBlock code = new org.commonmark.node.IndentedCodeBlock();
                    code.setLiteral(sample(random));
                    doc.appendChild(code);
                    raw.append(' ').append(code.getLiteral()).append(' ');
                    words += reference(code.getLiteral());
                }
            }
            var outline = OutlineBuilder.outline(doc, "a.md", 1);
            String expected = raw.toString().replaceAll("\\s+", " ").strip();
            String got = outline.sections().isEmpty() ? "" : outline.sections().get(0).text();
            assertEquals(expected, got, () -> "for " + escape(raw.toString()));
            assertEquals(words, outline.wordCount(), () -> "for " + escape(raw.toString()));
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

package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass look for markers answers as a search of the body for each rewriter's markers would. */
class DialectMarkersTest {
    private static final List<DialectRewriter> REWRITERS = Dialects.REWRITERS;
    private static final DialectRewriter.Page PAGE = new DialectRewriter.Page("a.md", "T", null);

    @Test
    void onePassFindsWhatEachMarkerSearchFinds() {
        Random random = new Random(3);
        String[] pieces = {"{", "}", ":", "%", "<", "Tab", "script", "style", "[[", "toc", "]]", ")", "(",
                "front", "matter", ".", "markdown", "=", "mdx-code-", "block", " ", "\n", "text", "é",
                "{{<", "{{%", ":", "octicons-", "material-", "simple-", "fontawesome-", "{ .", "{: ", "\n:   "};
        for (int n = 0; n < 5000; n++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String b = body.toString();
            boolean[] expected = new boolean[REWRITERS.size()];
            for (int r = 0; r < expected.length; r++) {
                expected[r] = REWRITERS.get(r).appliesTo(b, PAGE);
            }
            assertArrayEquals(expected, Dialects.found(b), b);
        }
    }

    @Test
    void aPlainNoteHasNoMarkersAndAnMdxFileIsAlwaysRewritten() {
        boolean[] none = Dialects.found("# Title\n\nPlain text with (parens) {braces} and <b>tags</b>.\n");
        for (boolean f : none) {
            assertFalse(f);
        }
        assertTrue(new MdxRewriter().always(new DialectRewriter.Page("a.mdx", null, null)));
        assertTrue(Dialects.found("see {{ site.url }}")[REWRITERS.indexOf(REWRITERS.stream()
                .filter(r -> r instanceof LiquidRewriter).findFirst().orElseThrow())]);
    }
}

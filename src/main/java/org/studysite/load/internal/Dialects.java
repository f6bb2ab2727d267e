package org.studysite.load.internal;

import java.util.List;

/**
 * Neutralises the template syntax that Markdown written for Hugo (shortcodes), Jekyll (Liquid, kramdown), Material for MkDocs,
 * VitePress (Vue) and
 * Docusaurus (MDX/JSX) carries, so it does not leak into pages as text. One {@link DialectRewriter} per dialect,
 * applied in the order their generators read the file (Jekyll runs Liquid before kramdown); each keeps the line
 * count, so positions reported later still point at the right line. Fenced code is left as written, but for
 * Liquid's raw markers, which Jekyll itself removes there.
 */
public final class Dialects {
    static final List<DialectRewriter> REWRITERS = List.of(
            new HugoRewriter(), new LiquidRewriter(), new KramdownRewriter(), new MkDocsRewriter(), new VitePressRewriter(),
            new ObsidianRewriter(), new MdxRewriter());

    private Dialects() {
    }

    /** The body rewritten for CommonMark; the same string when no dialect's markers occur in it (most notes). */
    public static String normalize(String body, String file, String title, String description) {
        DialectRewriter.Page page = new DialectRewriter.Page(file, title, description);
        List<String> lines = null;
        boolean[] found = found(body);
        for (int r = 0; r < REWRITERS.size(); r++) {
            DialectRewriter rewriter = REWRITERS.get(r);
            if (found[r] || rewriter.always(page)) {
                lines = rewriter.rewrite(lines == null ? List.of(body.split("\n", -1)) : lines, page);
            }
        }
        return lines == null ? body : String.join("\n", lines);
    }

    /**
     * Per rewriter, whether one of its markers occurs in the body: one pass that looks for markers only where a
     * character starts one, instead of a search of the whole body per marker (over twenty of them).
     */
    static boolean[] found(String body) {
        boolean[] found = new boolean[REWRITERS.size()];
        int left = found.length;
        for (int i = 0; i < body.length() && left > 0; i++) {
            char c = body.charAt(i);
            if (c >= FIRST.length || FIRST[c] == null) {
                continue;
            }
            for (int[] m : FIRST[c]) {
                if (!found[m[0]] && body.startsWith(MARKERS[m[0]][m[1]], i)) {
                    found[m[0]] = true;
                    left--;
                }
            }
        }
        return found;
    }

    /** Each rewriter's markers. */
    private static final String[][] MARKERS = REWRITERS.stream().map(r -> r.markers().toArray(String[]::new))
            .toArray(String[][]::new);
    /** By a marker's first (ASCII) character: the markers starting with it, as {rewriter, marker}. */
    private static final int[][][] FIRST = firstCharacters();

    private static int[][][] firstCharacters() {
        java.util.Map<Character, List<int[]>> by = new java.util.TreeMap<>();
        for (int r = 0; r < MARKERS.length; r++) {
            for (int m = 0; m < MARKERS[r].length; m++) {
                char first = MARKERS[r][m].charAt(0);
                if (first >= 128) {
                    throw new IllegalStateException("markers start with an ASCII character: " + MARKERS[r][m]);
                }
                by.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(new int[] {r, m});
            }
        }
        int[][][] table = new int[128][][];
        by.forEach((first, list) -> table[first] = list.toArray(int[][]::new));
        return table;
    }
}

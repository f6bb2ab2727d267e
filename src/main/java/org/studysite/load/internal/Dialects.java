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
    private static final List<DialectRewriter> REWRITERS = List.of(
            new HugoRewriter(), new LiquidRewriter(), new KramdownRewriter(), new MkDocsRewriter(), new VitePressRewriter(), new MdxRewriter());

    private Dialects() {
    }

    /** The body rewritten for CommonMark; the same string when no dialect's markers occur in it (most notes). */
    public static String normalize(String body, String file, String title, String description) {
        DialectRewriter.Page page = new DialectRewriter.Page(file, title, description);
        List<String> lines = null;
        for (DialectRewriter rewriter : REWRITERS) {
            if (rewriter.appliesTo(body, page)) {
                lines = rewriter.rewrite(lines == null ? List.of(body.split("\n", -1)) : lines, page);
            }
        }
        return lines == null ? body : String.join("\n", lines);
    }
}

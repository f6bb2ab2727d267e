package org.studysite.load.internal;

import java.util.List;

/**
 * One other generator's syntax, rewritten into what CommonMark reads. A rewriter never adds or removes a line, so
 * positions reported later still point at the right line of the file.
 */
interface DialectRewriter {
    /** A cheap look at the whole body: whether this dialect's markers can occur in it at all. */
    boolean appliesTo(String body, Page page);

    /** The body's lines rewritten, as many as were given. */
    List<String> rewrite(List<String> lines, Page page);

    /** The note being rewritten: its file (the extension tells MDX) and the front-matter values templates use. */
    record Page(String file, String title, String description) {
        boolean mdx() {
            return file.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
        }
    }
}

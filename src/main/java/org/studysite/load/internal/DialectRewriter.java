package org.studysite.load.internal;

import java.util.List;

/**
 * One other generator's syntax, rewritten into what CommonMark reads. A rewriter never adds or removes a line, so
 * positions reported later still point at the right line of the file.
 */
interface DialectRewriter {
    /**
     * Strings of which at least one occurs in any body this dialect's syntax can occur in: a cheap look, made for
     * every rewriter in one pass over the body ({@link Dialects}).
     */
    List<String> markers();

    /** Whether the page is rewritten whatever its body holds (an .mdx file is MDX). */
    default boolean always(Page page) {
        return false;
    }

    /** Whether this rewriter runs on the body (Dialects asks the same question of all rewriters at once). */
    default boolean appliesTo(String body, Page page) {
        return always(page) || markers().stream().anyMatch(body::contains);
    }

    /** The body's lines rewritten, as many as were given. */
    List<String> rewrite(List<String> lines, Page page);

    /** The note being rewritten: its file (the extension tells MDX) and the front-matter values templates use. */
    record Page(String file, String title, String description) {
        boolean mdx() {
            return file.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
        }
    }
}

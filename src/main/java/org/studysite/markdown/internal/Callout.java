package org.studysite.markdown.internal;

import java.util.Locale;

import org.commonmark.node.CustomBlock;

/**
 * An admonition: from a {@code :::type Title} container ({@link CalloutBlockParser}) or a GitHub alert
 * ({@link GitHubAlertPostProcessor}). Rendered as
 * {@code <aside class="callout callout-KIND" role="note"><p class="callout-title">Title</p>…</aside>}.
 */
public final class Callout extends CustomBlock {
    /** VitePress {@code ::: details Title}: a collapsible {@code <details>} block, closed by default. */
    public static final String DETAILS = "details";
    /** VitePress {@code ::: code-group}, {@code ::: v-pre}, {@code ::: raw}: no box, the content as it is. */
    public static final String PLAIN = "plain";

    private final String kind;
    private final String title;
    private boolean closed = true; // GitHub alerts have no closing line; a ::: container starts unclosed

    /**
     * @param kind  one of {@code note, tip, info, warning, danger}, {@link #DETAILS} or {@link #PLAIN}
     * @param title the title as written, or the capitalised type when none was written
     */
    public Callout(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    /** Maps a written type to a style: caution → warning, important → info, anything unknown → note. */
    public static String kindOf(String writtenType) {
        return switch (writtenType.toLowerCase(Locale.ROOT)) {
            case "details" -> DETAILS;
            case "code-group", "v-pre", "raw" -> PLAIN;
            case "note" -> "note";
            case "tip" -> "tip";
            case "info", "important" -> "info";
            case "warning", "caution" -> "warning";
            case "danger" -> "danger";
            default -> "note";
        };
    }

    public static String defaultTitle(String writtenType) {
        String t = writtenType.toLowerCase(Locale.ROOT);
        return t.isEmpty() ? "Note" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    @Override
    protected String toStringAttributes() {
        return "kind=" + kind + ", title=" + title;
    }

    /** Whether a closing {@code :::} line was found (set by the parser). */
    public boolean closed() {
        return closed;
    }

    void markOpen() {
        closed = false;
    }

    void markClosed() {
        closed = true;
    }
}

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
    /** A tab of a MkDocs {@code === "Label"} set: its label, then its content (tabs read without JavaScript). */
    public static final String TAB = "tab";

    private final String kind;
    private final String title;
    private boolean expanded;
    private boolean closed = true; // GitHub alerts have no closing line; a ::: container starts unclosed

    /**
     * @param kind  one of {@code note, tip, info, warning, danger}, {@link #DETAILS} or {@link #PLAIN}
     * @param title the title as written, or the capitalised type when none was written; empty for none (MkDocs
     *              {@code !!! note ""})
     */
    public Callout(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    /** A collapsible {@code <details>} callout (VitePress {@code ::: details}, MkDocs {@code ???}), open if expanded. */
    public static Callout collapsible(String title, boolean expanded) {
        Callout c = new Callout(DETAILS, title);
        c.expanded = expanded;
        return c;
    }

    /** Whether a collapsible callout starts open (MkDocs {@code ???+}). */
    public boolean expanded() {
        return expanded;
    }

    /** Maps a written type to a style: caution → warning, important → info, anything unknown → note. */
    public static String kindOf(String writtenType) {
        return switch (writtenType.toLowerCase(Locale.ROOT)) {
            case "details" -> DETAILS;
            case "code-group", "v-pre", "raw" -> PLAIN;
            case "note" -> "note";
            // Material for MkDocs' types, by the colour it gives them.
            case "tip", "hint", "success", "check", "done" -> "tip";
            case "info", "important", "todo", "question", "help", "faq" -> "info";
            case "warning", "caution", "attention" -> "warning";
            case "danger", "error", "failure", "fail", "missing", "bug" -> "danger";
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

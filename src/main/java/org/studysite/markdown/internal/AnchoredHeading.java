package org.studysite.markdown.internal;

import org.commonmark.node.Heading;

/**
 * A heading whose id and plain text were fixed at parse time by {@link HeadingIdPostProcessor}, so the outline
 * (load stage) and the rendered HTML (render stage) read the very same id. Visitors see it as a {@link Heading}.
 */
public final class AnchoredHeading extends Heading {
    private final String id;
    private final String text;

    public AnchoredHeading(int level, String id, String text) {
        setLevel(level);
        this.id = id;
        this.text = text;
    }

    public String id() {
        return id;
    }

    /** Plain text content, without a trailing {#id}. */
    public String text() {
        return text;
    }

    @Override
    protected String toStringAttributes() {
        return "level=" + getLevel() + ", id=" + id;
    }
}

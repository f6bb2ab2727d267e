package org.studysite.markdown.internal;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Delimited;

/**
 * {@code ==highlighted text==}, rendered as {@code <mark>}: Obsidian, Material for MkDocs (pymdownx.mark), Typora
 * and Joplin all read it so, and study notes use it for the phrase to remember.
 */
public final class Highlight extends CustomNode implements Delimited {
    static final String DELIMITER = "==";

    @Override
    public String getOpeningDelimiter() {
        return DELIMITER;
    }

    @Override
    public String getClosingDelimiter() {
        return DELIMITER;
    }
}

package org.studysite.markdown.internal;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/** A parser whose block is a {@link Callout} holding any Markdown blocks; subclasses decide where it ends. */
abstract class CalloutContainerParser extends AbstractBlockParser {
    protected final Callout block;

    CalloutContainerParser(Callout block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }
}

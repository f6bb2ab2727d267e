package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/** Replaces header cells without text by {@link EmptyHeaderCell}, so no empty {@code <th>} reaches a page. */
public final class EmptyHeaderCellPostProcessor implements PostProcessor {
    @Override
    public Node process(Node document) {
        List<TableCell> empty = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell && cell.isHeader() && blank(cell)) {
                    empty.add(cell);
                } else {
                    visitChildren(node);
                }
            }
        });
        for (TableCell cell : empty) {
            cell.insertAfter(new EmptyHeaderCell());
            cell.unlink();
        }
        return document;
    }

    private static boolean blank(TableCell cell) {
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text text) || !text.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }
}

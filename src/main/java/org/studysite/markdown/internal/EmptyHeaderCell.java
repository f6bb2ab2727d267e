package org.studysite.markdown.internal;

import org.commonmark.node.CustomNode;

/**
 * A table header cell with no text (the corner of a comparison table, {@code | | A | B |}). It renders as
 * {@code <td>}: an empty {@code <th>} announces a header with no name (axe {@code empty-table-header}), while an
 * empty data cell in the header row is valid and says nothing.
 */
final class EmptyHeaderCell extends CustomNode {
}

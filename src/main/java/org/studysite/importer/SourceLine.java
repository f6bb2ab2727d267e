package org.studysite.importer;

/**
 * One line of the Markdown source as the importer sees it: what kind of block it belongs to and its text with
 * container prefixes (list markers, "&gt; ", indentation) already removed. Quizzes are written line by line
 * ("A) VACUUM" on its own line inside a paragraph), so the parsers match patterns line by line.
 *
 * @param line         0-based source line
 * @param column       0-based column where {@code text} starts
 * @param markerColumn 0-based column of what opens the construct (list marker, '#', paragraph start), for warnings
 * @param text         the line's Markdown; for headings the inline part without '#'s
 * @param title        headings only: the plain text (for titles and slugs)
 * @param item         set on the first line of a list item's first paragraph
 * @param depth        how many list items enclose this line
 * @param block        identity of the leaf block, to tell continuation lines from new paragraphs
 * @param firstInBlock whether this is the first line of its block
 * @param summary      SKIP lines of a {@code <details>} block: the {@code <summary>} text, else null
 */
record SourceLine(Kind kind, int line, int column, int markerColumn, String text, String title, int headingLevel,
                  ItemStart item, int depth, int block, boolean firstInBlock, String summary) {

    enum Kind {
        HEADING,
        /** a paragraph line: the only kind questions, options and answers are recognised in */
        TEXT,
        /** any other block content (code, HTML, tables): kept in prompts and explanations as it is */
        OTHER,
        /** a line that carries no content of its own ({@code <details>}, {@code </details>}, admonition fences) */
        SKIP,
        /** a thematic break: ends the current question */
        BREAK
    }

    /** The start of a list item: ordered (with its rendered number) or bullet (with its task box, if any). */
    record ItemStart(boolean ordered, int number, Boolean checked, int markerColumn) {
        boolean isTask() {
            return checked != null;
        }
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A copy moved by a line offset, for content re-parsed from inside an HTML block. */
    SourceLine shifted(int lineOffset, int columnOffset) {
        return new SourceLine(kind, line + lineOffset, column + columnOffset, markerColumn + columnOffset, text, title,
                headingLevel, item, depth, block, firstInBlock, summary);
    }
}

package org.studysite.importer;

import java.util.List;

/**
 * The lines under one quiz heading (or the whole file when it has none), with the heading's text as title.
 *
 * @param heading the heading line; null for a whole page without quiz headings
 * @param found   how the section was found: under a quiz heading, or under another heading but holding lettered
 *                questions (a "Question Bank" heading the quiz words do not name)
 */
record QuizSection(String title, List<SourceLine> lines, SourceLine heading, Kind found) {
    enum Kind { QUIZ_HEADING, OTHER_HEADING, WHOLE_PAGE }

    QuizSection(String title, List<SourceLine> lines) {
        this(title, lines, null, Kind.WHOLE_PAGE);
    }
}

package org.studysite.importer;

import java.util.List;

/** The lines under one quiz heading (or the whole file when it has none), with the heading's text as title. */
record QuizSection(String title, List<SourceLine> lines) {
}

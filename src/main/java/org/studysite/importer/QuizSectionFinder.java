package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quiz sections: a heading such as "### Quiz: Delta Lake" or "## Knowledge Check" up to the next heading of
 * the same or a higher level. Headings that are part of a quiz ("#### Quiz Answers", "### Question 3",
 * "## Score Assessment") do not end it; another quiz heading starts a new section, except inside a quiz whose
 * sub-sections ("### Domain 1 (Questions 1-13)") share one answer key written beside the quiz ("## Answer Key"):
 * then the quiz, its sub-sections and the key are one section, so the key pairs with every sub-section by number.
 * Between quiz sections, a section under any other heading counts when it holds lettered questions (see
 * {@link QuizSection.Kind#OTHER_HEADING}).
 */
final class QuizSectionFinder {
    private QuizSectionFinder() {
    }

    static List<QuizSection> find(List<SourceLine> lines) {
        List<QuizSection> sections = new ArrayList<>();
        int gapStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (!line.is(SourceLine.Kind.HEADING) || !QuizPatterns.isQuizHeading(line.title())) {
                continue;
            }
            int end = sharesSiblingKey(lines, i) ? familyEnd(lines, i) : sectionEnd(lines, i);
            gap(lines, gapStart, i, sections);
            sections.add(new QuizSection(line.title(), lines.subList(i + 1, end), line, QuizSection.Kind.QUIZ_HEADING));
            gapStart = end;
            i = end - 1;
        }
        if (!sections.isEmpty()) {
            gap(lines, gapStart, lines.size(), sections);
        }
        return sections;
    }

    /** The sections under other headings between two quiz sections, each up to where a quiz section would end. */
    private static void gap(List<SourceLine> lines, int from, int to, List<QuizSection> out) {
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            if (line.is(SourceLine.Kind.HEADING) && QuizPatterns.questionHeading(line.text()).isEmpty()) {
                int end = Math.min(to, sectionEnd(lines, i));
                out.add(new QuizSection(line.title(), lines.subList(i + 1, end), line, QuizSection.Kind.OTHER_HEADING));
                i = end - 1;
            }
        }
    }

    private static int sectionEnd(List<SourceLine> lines, int headingIndex) {
        int level = lines.get(headingIndex).headingLevel();
        for (int j = headingIndex + 1; j < lines.size(); j++) {
            SourceLine line = lines.get(j);
            if (line.is(SourceLine.Kind.HEADING) && (QuizPatterns.isQuizHeading(line.title())
                    || line.headingLevel() <= level && !partOfQuiz(line))) {
                return j;
            }
        }
        return lines.size();
    }

    /** Where a quiz heading's family ends: the next heading of its level or higher that is not part of a quiz. */
    private static int familyEnd(List<SourceLine> lines, int headingIndex) {
        int level = lines.get(headingIndex).headingLevel();
        for (int j = headingIndex + 1; j < lines.size(); j++) {
            SourceLine line = lines.get(j);
            if (line.is(SourceLine.Kind.HEADING) && line.headingLevel() <= level
                    && (QuizPatterns.isQuizHeading(line.title()) || !partOfQuiz(line))) {
                return j;
            }
        }
        return lines.size();
    }

    /**
     * "## Practice Questions" with "### Domain 1 (Questions 1-13)" … under it and "## Answer Key" after them: the
     * sub-sections have no key of their own, the one key is the quiz's sibling.
     */
    private static boolean sharesSiblingKey(List<SourceLine> lines, int headingIndex) {
        int level = lines.get(headingIndex).headingLevel();
        boolean nestedQuiz = false;
        boolean nestedKey = false;
        boolean siblingKey = false;
        for (int j = headingIndex + 1, end = familyEnd(lines, headingIndex); j < end; j++) {
            SourceLine line = lines.get(j);
            if (!line.is(SourceLine.Kind.HEADING)) {
                continue;
            }
            boolean key = QuizPatterns.isAnswersHeading(line.title());
            if (line.headingLevel() > level) {
                nestedQuiz |= QuizPatterns.isQuizHeading(line.title()) && !siblingKey;
                nestedKey |= key && !siblingKey;
            } else {
                siblingKey |= key;
            }
        }
        return nestedQuiz && siblingKey && !nestedKey;
    }

    private static boolean partOfQuiz(SourceLine heading) {
        String title = heading.title();
        return QuizPatterns.questionHeading(heading.text()).isPresent() || QuizPatterns.isAnswersHeading(title)
                || QuizPatterns.isSingleAnswerHeading(title) || QuizPatterns.isExplanationHeading(title)
                || QuizPatterns.isScoreHeading(title);
    }
}

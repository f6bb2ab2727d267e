package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quiz sections: a heading such as "### Quiz: Delta Lake" or "## Knowledge Check" up to the next heading of
 * the same or a higher level. Headings that are part of a quiz ("#### Quiz Answers", "### Question 3",
 * "## Score Assessment") do not end it; another quiz heading always starts a new section.
 */
final class QuizSectionFinder {
    private QuizSectionFinder() {
    }

    static List<QuizSection> find(List<SourceLine> lines) {
        List<QuizSection> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (!line.is(SourceLine.Kind.HEADING) || !QuizPatterns.isQuizHeading(line.title())) {
                continue;
            }
            int end = sectionEnd(lines, i);
            sections.add(new QuizSection(line.title(), lines.subList(i + 1, end)));
            i = end - 1;
        }
        return sections;
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

    private static boolean partOfQuiz(SourceLine heading) {
        String title = heading.title();
        return QuizPatterns.questionHeading(heading.text()).isPresent() || QuizPatterns.isAnswersHeading(title)
                || QuizPatterns.isSingleAnswerHeading(title) || QuizPatterns.isExplanationHeading(title)
                || QuizPatterns.isScoreHeading(title);
    }
}

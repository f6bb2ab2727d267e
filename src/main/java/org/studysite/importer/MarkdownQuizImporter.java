package org.studysite.importer;

import org.studysite.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown quiz pages → quizzes. One quiz per quiz section ("### Quiz: …"); a page with questions but no quiz
 * heading becomes one quiz named after its first heading or file.
 */
public final class MarkdownQuizImporter {
    private MarkdownQuizImporter() {
    }

    /**
     * @param file the name warnings should carry (as the user typed it)
     */
    public static ImportResult importMarkdown(String markdown, String file, ImportOptions options) {
        SourceText source = new SourceText(markdown);
        List<SourceLine> lines = MarkdownLines.scan(source.joined());
        ImportResult result = importSections(QuizSectionFinder.find(lines), source, file, options);
        if (result.questionsFound() == 0) {
            result = importSections(List.of(new QuizSection(fallbackTitle(lines, file), lines)), source, file, options);
        }
        return result;
    }

    private static ImportResult importSections(List<QuizSection> sections, SourceText source, String file,
                                               ImportOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        QuizAssembler assembler = new QuizAssembler(source, file, diagnostics);
        Slugger slugger = new Slugger();
        List<ImportedQuiz> quizzes = new ArrayList<>();
        for (QuizSection section : sections) {
            QuestionParser.Parsed parsed = QuestionParser.parse(section.lines());
            if (parsed.questions().isEmpty()) {
                continue; // a "Quizzes" heading over the real ones, or a "Questions?" FAQ
            }
            String slug = slugger.unique(shortTitle(section.title()));
            String id = options.quizId(slug.isEmpty() ? "quiz" : slug);
            quizzes.add(assembler.assemble(id, section.title(), options.domain(), parsed));
        }
        return new ImportResult(List.copyOf(quizzes), diagnostics.sorted());
    }

    /**
     * A quiz id from a title: emoji and their variation selectors go, and a long title (question banks name
     * the page "… Practice Tests Exams Questions & Answers") is cut to its first words.
     */
    private static String shortTitle(String title) {
        String t = title.replaceAll("[^\\p{L}\\p{N}\\s&:_-]", " ").replaceAll("\\s+", " ").strip();
        String[] words = t.split("\\s+");
        return words.length <= 8 ? t : String.join(" ", java.util.Arrays.copyOf(words, 8));
    }

    /**
     * The page's first level-1 heading, else its first heading, else the file name. A question's own heading
     * ("## Question 1" on a page of such sections) names the question, not the quiz.
     */
    private static String fallbackTitle(List<SourceLine> lines, String file) {
        List<SourceLine> headings = lines.stream().filter(l -> l.is(SourceLine.Kind.HEADING))
                .filter(l -> QuizPatterns.questionHeading(l.text()).isEmpty()).toList();
        return headings.stream().filter(h -> h.headingLevel() == 1).findFirst()
                .or(() -> headings.stream().findFirst())
                .map(SourceLine::title)
                .orElseGet(() -> fileStem(file));
    }

    private static String fileStem(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package org.studysite.importer;

import org.studysite.diag.Diagnostics;
import org.studysite.model.SourcePosition;

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
        List<QuizSection> kept = new ArrayList<>();
        List<QuestionParser.Parsed> parsedKept = new ArrayList<>();
        for (QuizSection section : sections) {
            QuestionParser.Parsed parsed = QuestionParser.parse(section.lines());
            if (section.found() == QuizSection.Kind.OTHER_HEADING) {
                parsed = parsed.letteredOnly(); // "1. Navigate to…" steps with bullets under a plain heading are no quiz
            }
            if (parsed.questions().isEmpty()) {
                continue; // a "Quizzes" heading over the real ones, or a "Questions?" FAQ
            }
            kept.add(section);
            parsedKept.add(parsed);
        }
        for (int i = 0; i < kept.size(); i++) {
            QuizSection section = kept.get(i);
            QuestionParser.Parsed parsed = parsedKept.get(i);
            String slug = slugger.unique(shortTitle(section.title()));
            String id = options.quizId(slug.isEmpty() ? "quiz" : slug);
            quizzes.add(assembler.assemble(id, section.title(), options.domain(), parsed));
            if (parsed.answers().isEmpty() && parsed.questions().stream().anyMatch(q -> q.answer == null
                    && !q.anyChecked())) {
                warnKeyless(section, kept, parsedKept, i, file, diagnostics);
            }
        }
        return new ImportResult(List.copyOf(quizzes), diagnostics.sorted());
    }

    /**
     * A quiz without an answer key followed by one with a key: the later key numbers its own questions, so it is
     * never used for this quiz (its 1. is not this quiz's 1.); the author is told where the key is instead.
     */
    private static void warnKeyless(QuizSection section, List<QuizSection> sections,
                                    List<QuestionParser.Parsed> parsed, int index, String file, Diagnostics d) {
        for (int j = index + 1; j < sections.size(); j++) {
            if (!parsed.get(j).answers().isEmpty() && section.heading() != null) {
                SourceLine key = parsed.get(j).answers().get(0).start;
                d.warning(new SourcePosition(file, section.heading().line() + 1, section.heading().markerColumn() + 1),
                        "quiz `" + section.title() + "` has no answer key; the key at line " + (key.line() + 1)
                                + " answers `" + sections.get(j).title() + "` and is not used for it",
                        "add an \"Answers\" heading with this quiz's key under the quiz");
                return;
            }
        }
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

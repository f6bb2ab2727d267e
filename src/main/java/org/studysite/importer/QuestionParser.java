package org.studysite.importer;

import org.studysite.importer.QuestionDraft.DraftOption;
import org.studysite.importer.QuestionDraft.Origin;
import org.studysite.importer.QuestionDraft.State;
import org.studysite.importer.QuizPatterns.Label;
import org.studysite.importer.ScoreBandParser.BandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the lines of one quiz section into question drafts. A question opens at a numbered list item, a
 * "Question 3" heading or a "**Q3.**" label; after it come prompt lines, options, an answer line, explanation.
 * After an "Answers" heading the same shapes are read as answer entries, paired with questions later.
 */
final class QuestionParser {
    /** What a section contained: questions, entries of its Answers section, score bands. */
    record Parsed(List<QuestionDraft> questions, List<QuestionDraft> answers, List<BandLine> bands) {
        /** Only questions with at least two lettered options ("A) …"); for sections under headings that name no quiz. */
        Parsed letteredOnly() {
            return new Parsed(questions.stream().filter(q -> q.options.stream()
                    .filter(QuestionDraft.DraftOption::lettered).count() >= 2).toList(), answers, bands);
        }
    }

    private enum Mode { QUESTIONS, ANSWERS }

    private final List<QuestionDraft> questions = new ArrayList<>();
    private final List<QuestionDraft> answers = new ArrayList<>();
    private final List<BandLine> bands = new ArrayList<>();
    private final Set<Integer> questionNumbers = new TreeSet<>();
    private final Set<Integer> answerNumbers = new TreeSet<>();
    private Mode mode = Mode.QUESTIONS;
    private QuestionDraft current;

    static Parsed parse(List<SourceLine> lines) {
        QuestionParser parser = new QuestionParser();
        lines.forEach(parser::accept);
        parser.close();
        return new Parsed(parser.questions, parser.answers, parser.bands);
    }

    private void accept(SourceLine line) {
        switch (line.kind()) {
            case HEADING -> heading(line);
            case BREAK -> close();
            case SKIP -> details(line);
            case OTHER -> {
                if (current != null) {
                    content(line);
                }
            }
            case TEXT -> text(line);
        }
    }

    private void heading(SourceLine line) {
        Optional<Label> question = QuizPatterns.questionHeading(line.text());
        String title = line.title();
        if (continuesHeadingPrompt(line, question)) {
            return;
        }
        if (question.isPresent()) {
            open(question.get(), Origin.HEADING, line);
        } else if (current != null && QuizPatterns.isSingleAnswerHeading(title)) {
            current.expectAnswer = true;
        } else if (current != null && QuizPatterns.isExplanationHeading(title)) {
            return; // "#### Explanation" under a question: its text follows
        } else if (current != null && current.state == State.PROMPT && QuizPatterns.isPromptPartHeading(title)) {
            // "### Question" under "## Question 3": the prompt starts here; "**Topic:** …" lines above it are
            // the page's metadata, not part of the question.
            current.promptLines.clear();
        } else if (current != null && current.state != State.ANSWERED && QuizPatterns.isOptionsPartHeading(title)) {
            return; // "### Answer Options": the options follow
        } else {
            close();
            if (QuizPatterns.isAnswersHeading(title) || QuizPatterns.isSingleAnswerHeading(title)) {
                mode = Mode.ANSWERS;
            } else if (mode == Mode.QUESTIONS && !QuizPatterns.isQuizHeading(title) && !QuizPatterns.isScoreHeading(title)) {
                // Any other heading may be a question written as a heading; kept only if a ticked checklist follows.
                open(new Label(questions.size() + 1, line.text()), Origin.TOPIC_HEADING, line);
            }
        }
    }

    /**
     * A question written as two headings of one level, the scenario and then the ask ("### 6 . A startup needs
     * …." then "### Which service would you recommend?"): the second heading continues the prompt of the first
     * when nothing but the first heading came before it. The question keeps the number either heading gives.
     */
    private boolean continuesHeadingPrompt(SourceLine line, Optional<Label> question) {
        QuestionDraft d = current;
        if (mode != Mode.QUESTIONS || d == null || d.origin != Origin.HEADING && d.origin != Origin.TOPIC_HEADING
                || d.state != State.PROMPT || !d.promptLines.isEmpty() || d.answer != null
                || d.start.headingLevel() != line.headingLevel() || !d.start.title().matches("(?s).*[.?!:]\\s*$")
                || question.isEmpty() && !opensTopicQuestion(line.title())) {
            return false;
        }
        String head = d.promptHead + "\n\n" + question.map(Label::rest).orElse(line.text());
        Origin origin = question.isPresent() || d.origin == Origin.HEADING ? Origin.HEADING : Origin.TOPIC_HEADING;
        int number = d.origin == Origin.HEADING || question.isEmpty() ? d.number : question.get().number();
        questionNumbers.remove(d.number);
        questionNumbers.add(number);
        current = new QuestionDraft(number, origin, d.start, head);
        return true;
    }

    /** A heading that would open a question of its own (not a quiz, answers or score heading). */
    private static boolean opensTopicQuestion(String title) {
        return !QuizPatterns.isQuizHeading(title) && !QuizPatterns.isScoreHeading(title)
                && !QuizPatterns.isAnswersHeading(title) && !QuizPatterns.isSingleAnswerHeading(title);
    }

    /** {@code <summary>Answer</summary>} (or ":::details Answer") announces the answer; it may even hold it. */
    private void details(SourceLine line) {
        String summary = line.summary();
        if (current == null || summary == null || current.state == State.ANSWERED) {
            return;
        }
        Optional<AnswerParser.Answer> answer = AnswerParser.answerLine(summary);
        if (answer.isPresent() && !answer.get().isEmpty()) {
            current.answer(answer.get(), line.line());
        } else if (summary.toLowerCase().matches(".*\\b(answer|solution|show|reveal|check)\\b.*")) {
            current.expectAnswer = true;
        }
    }

    private void text(SourceLine line) {
        if (line.firstInBlock() || line.item() != null) {
            if (opensSomething(line)) {
                return;
            }
        }
        if (current != null) {
            content(line);
        }
    }

    /** Score bands, question labels, numbered items and "**Answers**" pseudo-headings, seen at a block start. */
    private boolean opensSomething(SourceLine line) {
        String text = line.text();
        Optional<BandLine> band = ScoreBandParser.parse(text);
        if (band.isPresent() && (line.item() != null || current == null)) {
            close();
            bands.add(band.get());
            return true;
        }
        Optional<Label> label = QuizPatterns.questionLabel(text);
        if (label.isPresent()) {
            open(label.get(), Origin.LABEL, line);
            return true;
        }
        if (line.item() != null && line.item().ordered() && opensListQuestion(line)) {
            open(new Label(line.item().number(), text), Origin.LIST_ITEM, line);
            return true;
        }
        if (mode == Mode.ANSWERS && (current == null || current.answer != null)) {
            // An Answers section written without numbers: each "**Answer: B) …**" paragraph is the next entry.
            Optional<AnswerParser.Answer> answer = AnswerParser.answerLine(text);
            if (answer.isPresent() && !answer.get().isEmpty()) {
                close();
                int number = answerNumbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                answerNumbers.add(number);
                current = new QuestionDraft(number, Origin.LABEL, line, "");
                current.answer(answer.get(), line.line());
                return true;
            }
        }
        if (QuizPatterns.isPseudoAnswersHeading(text)) {
            close();
            mode = Mode.ANSWERS;
            return true;
        }
        return false;
    }

    /** A numbered item is a new question unless it is nested in, or part of, a question opened otherwise. */
    private boolean opensListQuestion(SourceLine line) {
        return current == null || current.origin == Origin.TOPIC_HEADING && !current.hasOptions()
                || current.origin == Origin.LIST_ITEM && line.depth() <= current.depth;
    }

    private void open(Label label, Origin origin, SourceLine line) {
        close();
        Set<Integer> used = mode == Mode.QUESTIONS ? questionNumbers : answerNumbers;
        // A list broken by unindented text restarts at "1."; number on from the last question instead.
        int number = used.contains(label.number()) ? used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1
                : label.number();
        used.add(number);
        String head = label.rest();
        if (mode == Mode.ANSWERS) {
            // An entry may start with its answer: "1. B) OPTIMIZE", "1. **Answer: B**".
            Optional<AnswerParser.Answer> answer = AnswerParser.answerLine(head).or(() -> AnswerParser.letters(head));
            if (answer.isPresent() && !answer.get().isEmpty()) {
                current = new QuestionDraft(number, origin, line, "");
                current.answer(answer.get(), line.line());
                return;
            }
        }
        current = new QuestionDraft(number, origin, line, head);
    }

    private void close() {
        if (current == null) {
            return;
        }
        boolean keep = mode == Mode.QUESTIONS ? current.looksLikeQuestion() : current.answer != null;
        if (keep) {
            (mode == Mode.QUESTIONS ? questions : answers).add(current);
        } else {
            (mode == Mode.QUESTIONS ? questionNumbers : answerNumbers).remove(current.number);
        }
        current = null;
    }

    /** A line inside the current question: answer, option, or prompt/explanation text, by the draft's state. */
    private void content(SourceLine line) {
        QuestionDraft d = current;
        if (d.state != State.ANSWERED && line.is(SourceLine.Kind.TEXT) && (answer(d, line) || option(d, line))) {
            return;
        }
        if (d.state == State.ANSWERED) {
            d.explanationLines.add(line.line());
        } else if (d.state == State.OPTIONS) {
            if (line.is(SourceLine.Kind.TEXT) && !line.firstInBlock() && line.block() == d.lastOption().block()) {
                d.options.set(d.options.size() - 1, d.lastOption().append(line.text()));
            } else {
                d.pendingLines.add(line.line());
            }
        } else {
            d.promptLines.add(line.line());
        }
    }

    private boolean answer(QuestionDraft d, SourceLine line) {
        String text = line.text();
        if (d.expectAnswer) {
            d.expectAnswer = false;
            Optional<AnswerParser.Answer> bare = AnswerParser.letters(text);
            if (bare.isPresent()) {
                d.answer(bare.get(), line.line());
                return true;
            }
        }
        Optional<AnswerParser.Answer> answer = AnswerParser.answerLine(text);
        if (answer.isPresent()) {
            if (answer.get().isEmpty()) {
                d.expectAnswer = true; // "**Answer:**" with the letter on the next line
            } else {
                d.answer(answer.get(), line.line());
            }
            return true;
        }
        if (QuizPatterns.isSingleAnswerHeading(text)) {
            d.expectAnswer = true;
            return true;
        }
        return false;
    }

    private boolean option(QuestionDraft d, SourceLine line) {
        String text = line.text();
        SourceLine.ItemStart item = line.item();
        Optional<OptionParser.ParsedOption> lettered = OptionParser.lettered(text, d.options.size());
        if (lettered.isEmpty() && d.hasOptions() && !d.lastOption().lettered()
                && OptionParser.lettered(text, 0).isPresent()) {
            d.demoteUnletteredOptions();
            lettered = OptionParser.lettered(text, 0);
        }
        DraftOption option;
        if (item != null && item.isTask()) {
            String stripped = OptionParser.stripAnyLetter(text).orElse(text);
            option = new DraftOption(stripped, lettered.isPresent(), item.checked(), line.line(), line.block());
        } else if (lettered.isPresent()) {
            option = new DraftOption(lettered.get().text(), true, false, line.line(), line.block());
        } else if (item != null && (!d.hasOptions() || !d.lastOption().lettered())) {
            option = new DraftOption(text.trim(), false, false, line.line(), line.block());
        } else {
            return false;
        }
        d.options.add(option);
        d.state = State.OPTIONS;
        return true;
    }
}

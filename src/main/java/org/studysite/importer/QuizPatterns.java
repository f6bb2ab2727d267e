package org.studysite.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a heading or a paragraph's first line announces: a quiz, a question, the answers, an explanation. */
final class QuizPatterns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern QUIZ = Pattern.compile("\\b(quiz(zes)?|self[- ]?(check|test|assessment)"
            + "|knowledge check|quick check|check your (understanding|knowledge)|test your(self| knowledge| understanding)"
            + "|questions)\\b", FLAGS);
    private static final Pattern ANSWERS = Pattern.compile("\\b(answers|answer key|answer sheet|solutions)\\b", FLAGS);
    private static final Pattern ONE_ANSWER =
            Pattern.compile("^\\W*(show\\s+|reveal\\s+|the\\s+)?(answer|solution)\\W*$", FLAGS);
    private static final Pattern EXPLANATION = Pattern.compile(
            "^\\W*(?:(?:detailed|full|short|brief)\\s+)?(explanations?|rationale|why|discussion)\\W*$", FLAGS);
    /** "### Question" over the prompt of a "## Question 3": the prompt starts here. */
    private static final Pattern PROMPT_PART = Pattern.compile("^\\W*(question|prompt|scenario|problem)\\W*$", FLAGS);
    /** "### Answer Options", "### Choices": the options follow. */
    private static final Pattern OPTIONS_PART =
            Pattern.compile("^\\W*(?:(?:answer\\s+)?(?:options|choices)|possible\\s+answers)\\W*$", FLAGS);
    /** "Questions and Answers", "Q&A": a quiz with its answers, not an answer key. */
    private static final Pattern QUESTIONS_AND_ANSWERS =
            Pattern.compile("\\bquestions?\\s*(?:and|&|/)\\s*answers\\b|\\bq\\s*&\\s*a\\b", FLAGS);
    private static final Pattern SCORE = Pattern.compile("\\b(score|scoring|results?|grading|how did you do)\\b", FLAGS);

    /** "Q3.", "**Question 3:**", "Question #3 -", "Q3)" at the start of a line; group 1 number, 2 the rest. */
    private static final Pattern QUESTION_LABEL = Pattern.compile(
            "^(?:\\*\\*|__)?\\s*(?:Q|Question)\\s*#?\\s*(\\d+)\\s*(?:\\*\\*|__)?\\s*(?:[.):\\-–—]|of\\s+\\d+)?"
                    + "\\s*(?:\\*\\*|__)?\\s*(.*)$", FLAGS);
    /** "**3. What is…?**": a bold number at a paragraph start (a bare "3." would be a list item). */
    private static final Pattern BOLD_NUMBER = Pattern.compile("^(?:\\*\\*|__)(\\d+)[.)]\\s*(.*)$");
    /** "### 3. What is…?" inside a quiz section; also "### 3 . What is…?" as some exported banks write it. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d+)\\s?[.)]\\s+(.+)$");
    /** A line that is only "Answers", "**Answer Key:**": a pseudo-heading. */
    private static final Pattern PSEUDO_ANSWERS_HEADING = Pattern.compile(
            "^(?:\\*\\*|__)?\\s*(?:quiz\\s+)?(answers|answer key|solutions)\\s*:?\\s*(?:\\*\\*|__)?\\s*:?$", FLAGS);
    private static final Pattern EXPLANATION_PREFIX = Pattern.compile(
            "^(\\*\\*|__|\\*|_)?\\s*(?:explanation|rationale|reason|why)\\s*(?:\\*\\*|__|\\*|_)?\\s*[:\\-–—]"
                    + "\\s*(?:\\*\\*|__|\\*|_)?\\s*", FLAGS);

    private QuizPatterns() {
    }

    /** A question's number and the prompt text written after its label. */
    record Label(int number, String rest) {
    }

    static boolean isQuizHeading(String title) {
        return QUIZ.matcher(title).find() && !isAnswersHeading(title) && questionHeading(title).isEmpty()
                && !isSentence(title);
    }

    /**
     * "Quiz Answers", "Answer Key", "Answer Key (first 10 questions)", "Solutions"; "Questions and Answers" is a quiz,
     * not its answers.
     */
    static boolean isAnswersHeading(String title) {
        return ANSWERS.matcher(title).find() && !QUESTIONS_AND_ANSWERS.matcher(title).find() && !isSentence(title);
    }

    /**
     * A heading that is a sentence, not a section name: a question ("Which … are valid? (Choose 2 answers)")
     * or long prose. Question banks write each question as a heading; the word "answers" in one must not
     * switch to reading answers.
     */
    private static boolean isSentence(String title) {
        return title.contains("?") || title.strip().split("\\s+").length > 10;
    }

    /** "Answer" alone: the answer of the current question follows. */
    static boolean isSingleAnswerHeading(String title) {
        return ONE_ANSWER.matcher(title).matches();
    }

    static boolean isExplanationHeading(String title) {
        return EXPLANATION.matcher(title).matches();
    }

    /**
     * A heading that names a part of the question it stands in ("### Question", "### Answer Options"), as pages
     * that give every question its own "## Question 3" section write them; it does not end the question.
     */
    static boolean isPromptPartHeading(String title) {
        return PROMPT_PART.matcher(title).matches();
    }

    static boolean isOptionsPartHeading(String title) {
        return OPTIONS_PART.matcher(title).matches();
    }

    static boolean isScoreHeading(String title) {
        return SCORE.matcher(title).find();
    }

    static boolean isPseudoAnswersHeading(String line) {
        return PSEUDO_ANSWERS_HEADING.matcher(line.trim()).matches();
    }

    /** A heading that opens a question: "Question 3", "Q3. text", "3. text". */
    static Optional<Label> questionHeading(String text) {
        Optional<Label> label = questionLabel(text);
        if (label.isPresent()) {
            return label;
        }
        Matcher numbered = NUMBERED_HEADING.matcher(text.trim());
        return numbered.matches() ? Optional.of(label(numbered)) : Optional.empty();
    }

    /** A paragraph start that opens a question: "**Q3.** text", "Question 3: text", "**3. text**". */
    static Optional<Label> questionLabel(String text) {
        Matcher label = QUESTION_LABEL.matcher(text.trim());
        if (label.matches()) {
            return Optional.of(label(label));
        }
        Matcher bold = BOLD_NUMBER.matcher(text.trim());
        return bold.matches() ? Optional.of(new Label(Integer.parseInt(bold.group(1)), "**" + bold.group(2)))
                : Optional.empty();
    }

    private static Label label(Matcher m) {
        return new Label(Integer.parseInt(m.group(1)), m.group(2).trim());
    }

    /**
     * "Explanation: text" → "text"; anything else unchanged. A paragraph set in emphasis as a whole
     * ("*Explanation: text.*") loses its closing marker too, else a lone "*" would be left at its end.
     */
    static String stripExplanationPrefix(String text) {
        Matcher m = EXPLANATION_PREFIX.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        String rest = text.substring(m.end());
        String mark = m.group(1);
        int paragraphEnd = rest.indexOf("\n\n");
        String first = (paragraphEnd < 0 ? rest : rest.substring(0, paragraphEnd)).stripTrailing();
        if (mark != null && first.endsWith(mark) && occurrences(first, mark) % 2 == 1) {
            first = first.substring(0, first.length() - mark.length()).stripTrailing();
            return paragraphEnd < 0 ? first : first + rest.substring(paragraphEnd);
        }
        return rest;
    }

    /** "**What is X?**" → "What is X?"; also drops a bold marker left dangling by a label ("Q3: What?**"). */
    static String stripBoldWrap(String text) {
        String t = text.trim();
        for (String mark : new String[] {"**", "__"}) {
            int count = occurrences(t, mark);
            if (count == 2 && t.startsWith(mark) && t.endsWith(mark) && t.length() > 4) {
                return t.substring(2, t.length() - 2).trim();
            }
            if (count % 2 == 1 && t.endsWith(mark)) {
                t = t.substring(0, t.length() - 2).trim();
            } else if (count % 2 == 1 && t.startsWith(mark)) {
                t = t.substring(2).trim();
            }
        }
        return t;
    }

    private static int occurrences(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }
}

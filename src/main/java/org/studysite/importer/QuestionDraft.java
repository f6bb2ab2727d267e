package org.studysite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A question (or an entry of an Answers section) while its lines are being read. Prompt and explanation are
 * kept as source line numbers and cut from the source at the end, so their Markdown survives untouched.
 */
final class QuestionDraft {
    /** How the question was opened: a numbered list item closes at the next item at the same depth. */
    enum Origin { LIST_ITEM, HEADING, LABEL, TOPIC_HEADING }

    enum State { PROMPT, OPTIONS, ANSWERED }

    /** An option: text, whether it was lettered, whether its task box was ticked, where it is. */
    record DraftOption(String text, boolean lettered, boolean checked, int line, int block) {
        DraftOption append(String more) {
            return new DraftOption(text + " " + more.trim(), lettered, checked, line, block);
        }
    }

    final int number;
    final Origin origin;
    final int depth;
    final SourceLine start;
    /** prompt text written on the opening line itself (after "1." or "### Q3.") */
    final String promptHead;
    final SortedSet<Integer> promptLines = new TreeSet<>();
    final List<DraftOption> options = new ArrayList<>();
    /** lines after the options and before an answer: prompt text if an answer line follows, else explanation */
    final SortedSet<Integer> pendingLines = new TreeSet<>();
    final SortedSet<Integer> explanationLines = new TreeSet<>();
    State state = State.PROMPT;
    AnswerParser.Answer answer;
    int answerLine = -1;
    /** the next text line should be read as bare letters (after "&lt;summary&gt;Answer" or "**Answer:**") */
    boolean expectAnswer;

    QuestionDraft(int number, Origin origin, SourceLine start, String promptHead) {
        this.number = number;
        this.origin = origin;
        this.depth = start.depth();
        this.start = start;
        this.promptHead = promptHead;
    }

    void answer(AnswerParser.Answer found, int line) {
        answer = found;
        answerLine = line;
        state = State.ANSWERED;
        expectAnswer = false;
    }

    boolean hasOptions() {
        return !options.isEmpty();
    }

    boolean anyChecked() {
        return options.stream().anyMatch(DraftOption::checked);
    }

    /**
     * A list item or heading with neither options nor an answer is ordinary text, not a question. A plain
     * heading ("### Which service…?", no "Question 3" label) counts only when a checklist with a ticked box
     * follows it, as in question banks written "- [ ] wrong / - [x] right" under each question's heading.
     */
    boolean looksLikeQuestion() {
        if (origin == Origin.TOPIC_HEADING) {
            return options.size() >= 2 && anyChecked();
        }
        return hasOptions() || answer != null;
    }

    DraftOption lastOption() {
        return options.get(options.size() - 1);
    }

    /**
     * Unlettered list items taken as options turn out to be part of the prompt when lettered options follow
     * ("Given: - x - y. Which…? A) … B) …").
     */
    void demoteUnletteredOptions() {
        for (DraftOption o : options) {
            promptLines.add(o.line());
        }
        options.clear();
    }
}

package org.studysite.importer;

import java.util.Collections;
import java.util.List;

/**
 * A recovered question, as it goes into the quiz JSON.
 *
 * @param answer option letters; more than one makes it a select-all-that-apply question
 * @param whys   per option, why it is right or wrong ("" when the source gives nothing); as long as options
 * @param multipleAnswer the source marks it select-all-that-apply even with one right option (GIFT weights)
 */
public record ImportedQuestion(String id, int number, String prompt, List<String> options, List<String> answer,
                               String explanation, List<String> whys, boolean multipleAnswer) {
    private static final java.util.regex.Pattern STATED_COUNT = java.util.regex.Pattern.compile(
            "\\b(?:choose|select|pick)\\s+(?:two|three|four|five|[2-5])\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    public ImportedQuestion {
        if (whys.size() != options.size()) {
            throw new IllegalArgumentException("one why per option");
        }
    }

    /** A question whose source says nothing per option (Markdown pages). */
    public ImportedQuestion(String id, int number, String prompt, List<String> options, List<String> answer,
                            String explanation) {
        this(id, number, prompt, options, answer, explanation, Collections.nCopies(options.size(), ""), false);
    }

    public boolean multiple() {
        return multipleAnswer || answer.size() > 1;
    }

    /**
     * The prompt says how many to pick ("(Choose two.)", as certification exams write it), so the quiz page should
     * say "Select 2" rather than "Select all that apply", which would contradict it.
     */
    public boolean statesCount() {
        return answer.size() > 1 && STATED_COUNT.matcher(prompt).find();
    }

    ImportedQuestion withId(String newId) {
        return new ImportedQuestion(newId, number, prompt, options, answer, explanation, whys, multipleAnswer);
    }
}

package org.studysite.importer;

import java.util.List;

/**
 * A recovered question, as it goes into the quiz JSON.
 *
 * @param answer option letters; more than one makes it a select-all-that-apply question
 */
public record ImportedQuestion(String id, int number, String prompt, List<String> options, List<String> answer,
                               String explanation) {
    private static final java.util.regex.Pattern STATED_COUNT = java.util.regex.Pattern.compile(
            "\\b(?:choose|select|pick)\\s+(?:two|three|four|five|[2-5])\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    public boolean multiple() {
        return answer.size() > 1;
    }

    /**
     * The prompt says how many to pick ("(Choose two.)", as certification exams write it), so the quiz page should
     * say "Select 2" rather than "Select all that apply", which would contradict it.
     */
    public boolean statesCount() {
        return multiple() && STATED_COUNT.matcher(prompt).find();
    }
}

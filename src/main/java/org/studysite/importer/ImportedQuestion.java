package org.studysite.importer;

import java.util.List;

/**
 * A recovered question, as it goes into the quiz JSON.
 *
 * @param answer option letters; more than one makes it a select-all-that-apply question
 */
public record ImportedQuestion(String id, int number, String prompt, List<String> options, List<String> answer,
                               String explanation) {
    public boolean multiple() {
        return answer.size() > 1;
    }
}

package org.studysite.importer;

import org.studysite.model.Band;

import java.util.List;

/**
 * One quiz section recovered from a Markdown page.
 *
 * @param domain         null unless given on the command line
 * @param questionsFound questions seen in the source, including those that could not be paired with an answer
 */
public record ImportedQuiz(String id, String title, String domain, List<Band> bands, List<ImportedQuestion> questions,
                           int questionsFound) {

    /** The same quiz under another id; question ids made from the old one ("quiz-q3") follow it. */
    public ImportedQuiz withId(String newId) {
        List<ImportedQuestion> renamed = questions.stream().map(q -> q.id().startsWith(id + "-")
                ? q.withId(newId + q.id().substring(id.length())) : q).toList();
        return new ImportedQuiz(newId, title, domain, bands, renamed, questionsFound);
    }
}

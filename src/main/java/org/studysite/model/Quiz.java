package org.studysite.model;

import java.util.List;

/**
 * A quiz file (content/**&#47;*.json with "questions"). passPercent is null when the site default applies; cards
 * are the file's flashcards (empty when it has none), practised on their own page.
 */
public record Quiz(
        String id,
        String title,
        String description,
        Integer passPercent,
        List<Band> bands,
        List<Ref> related,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        String domain,
        List<Question> questions,
        List<Card> cards,
        String sourcePath,
        String contentHash) {

    /** A quiz without flashcards. */
    public Quiz(String id, String title, String description, Integer passPercent, List<Band> bands, List<Ref> related,
                boolean shuffleQuestions, boolean shuffleOptions, String domain, List<Question> questions,
                String sourcePath, String contentHash) {
        this(id, title, description, passPercent, bands, related, shuffleQuestions, shuffleOptions, domain, questions,
                List.of(), sourcePath, contentHash);
    }
}

package org.studysite.model;

import java.util.List;

/** A quiz file (content/**&#47;*.json with "questions"). passPercent is null when the site default applies. */
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
        String sourcePath,
        String contentHash) {
}

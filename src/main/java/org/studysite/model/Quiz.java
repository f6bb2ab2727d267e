package org.studysite.model;

import java.util.List;

/**
 * A quiz file (content/**&#47;*.json with "questions"). passPercent is null when the site default applies; cards
 * are the file's flashcards (empty when it has none), practised on their own page;
 * description is null when absent.
 */
public record Quiz(
        String id,
        String title,
        MarkdownText description,
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
    public Quiz(String id, String title, MarkdownText description, Integer passPercent, List<Band> bands, List<Ref> related,
                boolean shuffleQuestions, boolean shuffleOptions, String domain, List<Question> questions,
                String sourcePath, String contentHash) {
        this(id, title, description, passPercent, bands, related, shuffleQuestions, shuffleOptions, domain, questions,
                List.of(), sourcePath, contentHash);
    }

    /** Every Markdown text of the file, in file order: description, then per question prompt, options,
     * explanation, then each card's front and back. */
    public List<MarkdownText> texts() {
        List<MarkdownText> all = new java.util.ArrayList<>();
        all.add(description);
        for (Question q : questions) {
            all.add(q.prompt());
            q.options().forEach(o -> {
                all.add(o.text());
                all.add(o.why());
            });
            all.add(q.explanation());
        }
        for (Card c : cards) {
            all.add(c.front());
            all.add(c.back());
        }
        all.removeIf(java.util.Objects::isNull);
        return all;
    }
}

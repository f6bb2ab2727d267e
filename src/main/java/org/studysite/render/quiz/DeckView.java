package org.studysite.render.quiz;

import java.util.List;

/**
 * The flashcards of one quiz, ready for flashcards.ftlh: quizHref links the quiz's own page, editUrl (may be null)
 * its file on GitHub.
 */
public record DeckView(String quizId, String title, String contentHash, String quizHref, List<CardView> cards,
                       String editUrl) {

    /**
     * One card. key is "quiz#id", as the store and the Leitner boxes know it; frontHtml is phrasing content (it is
     * the summary of a details element), backHtml any blocks.
     */
    public record CardView(String id, String key, int number, String frontHtml, String backHtml, String domain,
                           String domainTitle, List<String> tags, List<LinkView> refs) {

        /** Tags joined by spaces, for data-tags. */
        public String tagsAttr() {
            return String.join(" ", tags);
        }
    }
}

package org.studysite.model;

import java.util.List;

/**
 * Markdown already turned into HTML by the load stage, with each link or image URL left as a numbered slot
 * ({@code \u0001N\u0001}, N indexing {@link #destinations()}) and each quiz embed as one ({@code \u0001qN\u0001},
 * N indexing {@link #embeds()}), for the render stage to fill once every URL is known. Every note body and every
 * quiz or exam text has one, so the render stage never parses Markdown.
 *
 * @param sanitized the Markdown had raw HTML, so the HTML went through the sanitizer: a slot is then filled the
 *                  way the sanitizer would have treated its URL (dropped if its scheme is refused, escaped as
 *                  jsoup writes it, or written as text where the sanitizer made the tag text)
 */
public record CompiledBody(String html, List<String> destinations, List<Embed> embeds, boolean hasCode,
                           boolean hasMermaid, boolean sanitized) {
    public static final char SLOT = '\u0001';
    /** After {@link #SLOT}: the slot is a quiz embed's. */
    public static final char EMBED = 'q';

    public CompiledBody {
        destinations = List.copyOf(destinations);
        embeds = List.copyOf(embeds);
    }

    /** A ```quiz QUIZ-ID[#QUESTION-ID] block; questionId may be null. */
    public record Embed(String quizId, String questionId) {
    }

    public boolean hasQuiz() {
        return !embeds.isEmpty();
    }
}

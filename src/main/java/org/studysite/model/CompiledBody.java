package org.studysite.model;

import java.util.List;

/**
 * A note's body already turned into HTML by the load stage, with each link or image URL left as a numbered slot
 * ({@code \u0001N\u0001}, N indexing {@link #destinations()}) for the render stage to fill once every URL is known.
 * It spares the render stage a second Markdown parse; notes with raw HTML or embedded quizzes have none and are
 * rendered from their Markdown.
 */
public record CompiledBody(String html, List<String> destinations, boolean hasCode, boolean hasMermaid) {
    public static final char SLOT = '\u0001';
}

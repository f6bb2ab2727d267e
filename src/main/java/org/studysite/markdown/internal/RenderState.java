package org.studysite.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.studysite.markdown.RenderHooks;

/**
 * The per-render state: the hooks, what the document turned out to contain, and the quiz HTML waiting to be put in
 * after sanitizing (trusted quiz HTML must not go through the raw-HTML sanitizer, so when sanitizing the renderer
 * writes an unguessable placeholder and the HTML replaces it afterwards). One instance per render call.
 */
public final class RenderState {
    private final RenderHooks hooks;
    private final boolean sanitize;
    private final String nonce;
    private final List<String> quizHtml = new ArrayList<>();
    boolean hasCode;
    boolean hasMermaid;
    boolean hasQuiz;

    public RenderState(RenderHooks hooks, boolean sanitize) {
        this.hooks = hooks;
        this.sanitize = sanitize;
        this.nonce = sanitize ? "studysite-quiz-" + UUID.randomUUID() + "-" : null;
    }

    public RenderHooks hooks() {
        return hooks;
    }

    public boolean sanitize() {
        return sanitize;
    }

    public boolean hasCode() {
        return hasCode;
    }

    public boolean hasMermaid() {
        return hasMermaid;
    }

    public boolean hasQuiz() {
        return hasQuiz;
    }

    /** What to write for a quiz: the HTML itself, or a placeholder paragraph when the page is sanitized later. */
    String quiz(String html) {
        if (!sanitize) {
            return html;
        }
        quizHtml.add(html == null ? "" : html);
        return "<p>" + nonce + (quizHtml.size() - 1) + "</p>";
    }

    /** Puts the quiz HTML in place of the placeholders (after sanitizing). */
    public String fillPlaceholders(String html) {
        String result = html;
        for (int i = 0; i < quizHtml.size(); i++) {
            result = result.replace("<p>" + nonce + i + "</p>", quizHtml.get(i));
        }
        return result;
    }
}

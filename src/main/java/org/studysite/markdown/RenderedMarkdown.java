package org.studysite.markdown;

/**
 * The HTML of a note body and what the page needs to load for it.
 *
 * @param hasCode    at least one code block (the page adds the copy-button script)
 * @param hasMermaid at least one ```mermaid block (the page loads mermaid)
 * @param hasQuiz    at least one ```quiz block (the page loads the quiz script)
 */
public record RenderedMarkdown(String html, boolean hasCode, boolean hasMermaid, boolean hasQuiz) {
}

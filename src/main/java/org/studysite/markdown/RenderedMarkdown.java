package org.studysite.markdown;

public record RenderedMarkdown(String html, boolean hasCode, boolean hasMermaid, boolean hasQuiz) {
}

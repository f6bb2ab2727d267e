package org.studysite.model;

/** One answer option of a question: its text and, optionally (else null), why it is right or wrong. */
public record Option(MarkdownText text, MarkdownText why) {
}

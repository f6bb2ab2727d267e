package org.studysite.model;

/** One answer option of a question: Markdown text and, optionally, why it is right or wrong (Markdown). */
public record Option(String text, String why) {
}

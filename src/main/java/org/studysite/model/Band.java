package org.studysite.model;

/** A score band: from minPercent up, show label and message ("9–10 correct: Excellent!"). */
public record Band(int minPercent, String label, String message) {
}

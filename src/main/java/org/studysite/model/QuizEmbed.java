package org.studysite.model;

/** A ```quiz QUIZ-ID[#QUESTION-ID] fenced block in a note. questionId is null for a whole quiz. */
public record QuizEmbed(String quizId, String questionId, SourcePosition position) {
}

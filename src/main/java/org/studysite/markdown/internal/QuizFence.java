package org.studysite.markdown.internal;

/**
 * The info string of a ```quiz fence: {@code quiz QUIZ-ID[#QUESTION-ID]}. A missing id gives an empty quizId (the
 * resolve stage reports it); questionId is null for a whole quiz.
 */
public record QuizFence(String quizId, String questionId) {

    public static boolean isQuiz(String info) {
        return info != null && firstWord(info).equalsIgnoreCase("quiz");
    }

    public static boolean isMermaid(String info) {
        return info != null && firstWord(info).equalsIgnoreCase("mermaid");
    }

    public static String firstWord(String info) {
        String s = info.strip();
        return s.isEmpty() ? "" : s.split("\\s+", 2)[0];
    }

    public static QuizFence parse(String info) {
        String[] words = info.strip().split("\\s+");
        String ref = words.length > 1 ? words[1] : "";
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return new QuizFence(ref, null);
        }
        String q = ref.substring(hash + 1);
        return new QuizFence(ref.substring(0, hash), q.isEmpty() ? null : q);
    }
}

package org.studysite.markdown.internal;

import java.util.function.Consumer;

/**
 * Where inline code may wrap: after the punctuation that separates the parts of a dotted name, a path or a call
 * ({@code mlflow.pyfunc.spark_udf}, {@code models:/name/1}, {@code log_model(name="m")}), and inside a name only
 * where it is too long for a phone's line: after its underscores ({@code transition_model_version_stage}) or
 * between the words of camel case ({@code Multiclass|Classification|Evaluator}). Never inside a word: CSS kept
 * code breaking anywhere ({@code overflow-wrap: anywhere} split "LogisticRegr/ession" on phones); the
 * {@code <wbr>} points written here are the sensible ones, and shorter names ("mlflow.register_model",
 * "LogisticRegression") stay whole.
 */
final class CodeBreaks {
    /** Shorter code fits any line: no break points. */
    static final int MIN_LENGTH = 12;
    /** A snake_case name longer than this may wrap after its underscores. */
    static final int LONG_SNAKE = 16;
    /** A camelCase name longer than this may wrap between its words (about a phone's nested line of code). */
    static final int LONG_CAMEL = 24;
    private static final String AFTER = "./,(=@:";

    private CodeBreaks() {
    }

    /** Writes literal as text runs with a break point at each sensible place (see the class comment). */
    static void write(String literal, Consumer<String> text, Runnable breakPoint) {
        if (literal.length() < MIN_LENGTH) {
            text.accept(literal);
            return;
        }
        int start = 0;
        for (int j = 2; j < literal.length(); j++) {
            if (breakBefore(literal, j)) {
                text.accept(literal.substring(start, j));
                breakPoint.run();
                start = j;
            }
        }
        text.accept(literal.substring(start));
    }

    private static boolean breakBefore(String s, int j) {
        char prev = s.charAt(j - 2);
        char sep = s.charAt(j - 1);
        char next = s.charAt(j);
        if (AFTER.indexOf(sep) >= 0) {
            boolean startsSomething = Character.isLetterOrDigit(next) || (sep == '=' && (next == '"' || next == '\''));
            return startsSomething && !Character.isWhitespace(prev) && prev != sep;
        }
        if (sep == '_') {
            return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next) && nameLength(s, j - 1) > LONG_SNAKE;
        }
        return Character.isLowerCase(sep) && Character.isUpperCase(next) && nameLength(s, j) > LONG_CAMEL;
    }

    /** Length of the run of letters, digits and underscores around position at. */
    private static int nameLength(String s, int at) {
        int start = at;
        while (start > 0 && isNamePart(s.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < s.length() && isNamePart(s.charAt(end))) {
            end++;
        }
        return end - start;
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}

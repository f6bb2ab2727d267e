package org.studysite.markdown.internal;

import java.util.function.Consumer;

/**
 * Where inline code may wrap: after the punctuation that separates the parts of a name or a call
 * ({@code mlflow.pyfunc.spark_udf}, {@code log_model(name=…)}), never inside a word. CSS keeps code from breaking
 * anywhere else ({@code overflow-wrap: anywhere} split "LogisticRegr/ession" on phones); the {@code <wbr>} points
 * written here are the sensible ones.
 */
final class CodeBreaks {
    /** Shorter code fits any line: no break points. */
    static final int MIN_LENGTH = 12;
    private static final String AFTER = "./_,(=@:";

    private CodeBreaks() {
    }

    /** Writes literal as text runs with a break point after each separator between two word characters. */
    static void write(String literal, Consumer<String> text, Runnable breakPoint) {
        if (literal.length() < MIN_LENGTH) {
            text.accept(literal);
            return;
        }
        int start = 0;
        for (int i = 1; i < literal.length() - 1; i++) {
            if (AFTER.indexOf(literal.charAt(i)) >= 0 && Character.isLetterOrDigit(literal.charAt(i - 1))
                    && Character.isLetterOrDigit(literal.charAt(i + 1))) {
                text.accept(literal.substring(start, i + 1));
                breakPoint.run();
                start = i + 1;
            }
        }
        text.accept(literal.substring(start));
    }
}

package org.studysite.markdown.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub's heading ids (the github-slugger rule, measured against its fixture suite of ids GitHub rendered): lower-case
 * the heading's text content, then drop every character of these Unicode general categories unless it is alphabetic
 * (circled and squared letters such as Ⓔ are symbols but alphabetic, and are kept): other numbers ({@code ²},
 * {@code ½}), every punctuation except connectors ({@code _}) and the ASCII {@code -}, every symbol, control, format,
 * private-use and unassigned character, and every separator except the ASCII space. Each space then becomes
 * {@code -}, so "A &amp; B" gives {@code a--b}. The text is not trimmed: the parser already trimmed the heading, and a
 * space written as {@code &#x20;} at its edge gives a leading or trailing {@code -}, as on GitHub. Emoji are symbols
 * and go; the variation selectors and keycap marks after them are marks and stay (invisible), as on GitHub.
 *
 * <p>Duplicates within one document get {@code -1}, {@code -2}, … in document order; a heading whose text was
 * already taken by such a suffix moves on (github-slugger's loop). One deliberate difference: a heading with no
 * usable character gets {@code section} where GitHub gives an empty id, which HTML does not allow.
 *
 * <p>Case mapping and categories come from the JDK's Unicode tables (Unicode 13 on Java 17).
 *
 * <p>An instance holds the ids already used in one document: create one per document, not thread-safe.
 */
public final class Slugger {
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The plain slug of a text, without de-duplication. */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || !isDropped(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isDropped(int cp) {
        switch (Character.getType(cp)) {
            case Character.OTHER_NUMBER,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.CONTROL, Character.PRIVATE_USE, Character.FORMAT, Character.UNASSIGNED,
                    Character.SURROGATE,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                return !Character.isAlphabetic(cp);
            }
            default -> {
                return false; // letters, marks, decimal and letter numbers, connector punctuation
            }
        }
    }

    /** A unique id for a heading text in this document (github-slugger's de-duplication). */
    public String unique(String text) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = "section";
        }
        String result = base;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            result = base + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** Reserves an explicitly given id ({#id}) so that generated ids do not collide with it. */
    public String reserve(String id) {
        occurrences.putIfAbsent(id, 0);
        return id;
    }
}

package org.studysite.markdown.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-compatible heading ids (the github-slugger rule): lower-case the text content, drop every character that
 * is not a letter, mark, number, connector punctuation ({@code _}), {@code -} or space, then turn each space into
 * {@code -} (so "A &amp; B" gives {@code a--b}). Duplicates within one document get {@code -1}, {@code -2}, … in
 * document order.
 *
 * <p>One deliberate difference: emoji are dropped completely, including the variation selectors (U+FE00–FE0F,
 * U+E0100–E01EF) and the keycap mark (U+20E3) that github-slugger keeps as invisible characters in ids. A heading
 * without any usable character gets {@code section}.
 *
 * <p>An instance holds the ids already used in one document: create one per document, not thread-safe.
 */
public final class Slugger {
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The plain slug of a text, without de-duplication. */
    public static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || isKept(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isKept(int cp) {
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x20E3) {
            return false; // emoji presentation selectors and keycaps
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
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

package org.studysite.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where its first character is (1-based line and column). Jackson's own
 * JsonNode forgets positions, and every problem we report must point at the offending token.
 *
 * @param value a {@code Map<String, Member>} (insertion-ordered), {@code List<Json>}, String, BigDecimal,
 *              Boolean, or null
 */
record Json(Kind kind, Object value, int line, int column) {

    enum Kind {
        OBJECT("an object"), ARRAY("a list"), STRING("a string"), NUMBER("a number"), BOOLEAN("true/false"),
        NULL("null");

        final String described;

        Kind(String described) {
            this.described = described;
        }
    }

    /** An object member: the name's position (for "unknown field") and its value. */
    record Member(String name, int line, int column, Json value) {
    }

    boolean is(Kind k) {
        return kind == k;
    }

    @SuppressWarnings("unchecked")
    Map<String, Member> members() {
        return (Map<String, Member>) value;
    }

    @SuppressWarnings("unchecked")
    List<Json> items() {
        return (List<Json>) value;
    }

    String text() {
        return (String) value;
    }

    BigDecimal number() {
        return (BigDecimal) value;
    }

    boolean bool() {
        return (Boolean) value;
    }

    /** For messages: the JSON as the author wrote it, roughly ("120", "\"B\"", "a list"). */
    String shown() {
        return switch (kind) {
            case STRING -> "\"" + text() + "\"";
            case NUMBER -> number().toPlainString();
            case BOOLEAN, NULL -> String.valueOf(value);
            default -> kind.described;
        };
    }
}

package org.studysite.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a {@link Json} tree with positions, using Jackson's streaming parser. Syntax errors stop
 * the file (Jackson cannot resume), so they become one diagnostic at the place the parser gave up.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code");

    private final JsonParser parser;
    private final FileReport report;

    private JsonTree(JsonParser parser, FileReport report) {
        this.parser = parser;
        this.report = report;
    }

    /** The top-level object of the file, or empty after reporting why there is none. */
    static Optional<Json> readObject(String text, FileReport report) {
        JsonParser p;
        try {
            p = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
        try (p) {
            JsonTree tree = new JsonTree(p, report);
            if (p.nextToken() == null) {
                report.error(1, 1, "the file is empty", "a quiz or exam file is one JSON object: { … }");
                return Optional.empty();
            }
            Json root = tree.value();
            if (p.nextToken() != null) {
                report.error(tree.line(), tree.column(), "invalid JSON: more content after the top-level object",
                        "a file holds exactly one JSON object; check for an extra } or ]");
                return Optional.empty();
            }
            if (!root.is(Json.Kind.OBJECT)) {
                report.error(root.line(), root.column(), "the file must hold a JSON object, not " + root.kind().described,
                        "wrap the content in { … }");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // A limit (nesting depth, number or string length) carries no location; the parser knows where it is.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
            report.error(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                    "the JSON is nested or sized past the parser's limit: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "a quiz or exam needs only a few levels of { and [; check for a runaway bracket here");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            reportSyntax(e, report);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
    }

    private Json value() throws IOException {
        int line = line();
        int col = column();
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> new Json(Json.Kind.OBJECT, members(), line, col);
            case START_ARRAY -> new Json(Json.Kind.ARRAY, items(), line, col);
            case VALUE_STRING -> new Json(Json.Kind.STRING, parser.getText(), line, col);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Json(Json.Kind.NUMBER, parser.getDecimalValue(), line, col);
            case VALUE_TRUE, VALUE_FALSE -> new Json(Json.Kind.BOOLEAN, t == JsonToken.VALUE_TRUE, line, col);
            default -> new Json(Json.Kind.NULL, null, line, col);
        };
    }

    private Map<String, Json.Member> members() throws IOException {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line();
            int col = column();
            parser.nextToken();
            Json.Member m = new Json.Member(name, line, col, value());
            Json.Member earlier = members.put(name, m);
            if (earlier != null) {
                // JSON allows it and parsers keep the last one silently, which hides edits that have no effect.
                report.error(line, col, "field `" + name + "` appears twice in this object (first at line "
                        + earlier.line() + ")", "remove one of them; only the last one would count");
            }
        }
        return members;
    }

    private List<Json> items() throws IOException {
        List<Json> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return items;
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private int column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    private static void reportSyntax(JsonProcessingException e, FileReport report) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int col = at == null ? 1 : Math.max(1, at.getColumnNr());
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher m = UNEXPECTED.matcher(original);
        if (m.find()) {
            String c = m.group(1);
            boolean closer = c.equals("}") || c.equals("]");
            report.error(line, col, "invalid JSON: unexpected character '" + c + "'", closer
                    ? "check for a trailing comma or a missing quote before this point"
                    : "check for a missing comma, quote or bracket before this point");
        } else if (original.startsWith("Unexpected end-of-input")) {
            report.error(line, col, "invalid JSON: the file ends before every { and [ is closed",
                    "check for a missing } or ] (or an unclosed quote)");
        } else {
            String firstLine = original.lines().findFirst().orElse("syntax error");
            report.error(line, col, "invalid JSON: " + firstLine, "check the JSON syntax just before this point");
        }
    }
}

package org.studysite.load;

import org.studysite.model.SourcePosition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.studysite.diag.Diagnostics;

/**
 * A YAML mapping read field by field, so every top-level field keeps the line and column it was written at:
 * unknown-field warnings and type errors can then point at the right line.
 */
record YamlFields(Map<String, Field> fields) {

    record Field(JsonNode value, int line, int column) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    /**
     * Parses {@code yaml} that starts at {@code firstLine} of {@code file}. Reports syntax errors and returns
     * empty when the text is not a mapping.
     */
    static Optional<YamlFields> parse(String yaml, String file, int firstLine, Diagnostics diagnostics) {
        try (JsonParser p = MAPPER.getFactory().createParser(yaml)) {
            JsonToken start = p.nextToken();
            if (start == null) {
                return Optional.of(new YamlFields(Map.of()));
            }
            if (start != JsonToken.START_OBJECT) {
                diagnostics.error(new SourcePosition(file, firstLine, 1), "front matter must be a YAML mapping of `key: value` lines",
                        "write e.g. `title: My note` between the two `---` lines");
                return Optional.empty();
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = p.currentTokenLocation();
                String name = p.currentName();
                p.nextToken();
                JsonNode value = MAPPER.readTree(p);
                fields.put(name, new Field(value, at.getLineNr() + firstLine - 1, at.getColumnNr()));
            }
            return Optional.of(new YamlFields(fields));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? firstLine : at.getLineNr() + firstLine - 1;
            int col = at == null ? 1 : Math.max(1, at.getColumnNr());
            diagnostics.error(new SourcePosition(file, line, col), "invalid YAML: " + String.join(" ", e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !l.contains("^") && !l.startsWith(" in ")).map(String::strip).toList()),
                    "check indentation and quote values that contain `: ` or start with a special character");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(new SourcePosition(file, firstLine, 1), "cannot read YAML: " + e.getMessage(), null);
            return Optional.empty();
        }
    }
}

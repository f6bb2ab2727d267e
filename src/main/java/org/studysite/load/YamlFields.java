package org.studysite.load;

import org.studysite.model.SourcePosition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Bounded, so hostile front matter cannot hang a build or fill the heap: an alias bomb ("billion laughs"),
     * deep nesting or a huge document is an error. A key given twice is an error too (Docusaurus' parser agrees):
     * only one of them would count.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder().loaderOptions(limits())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private static org.yaml.snakeyaml.LoaderOptions limits() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setMaxAliasesForCollections(50);
        o.setNestingDepthLimit(50);
        o.setCodePointLimit(1_000_000);
        o.setAllowDuplicateKeys(false);
        return o;
    }

    /**
     * Parses {@code yaml} that starts at {@code firstLine} of {@code file}. Reports syntax errors and returns
     * empty when the text is not a mapping.
     */
    static Optional<YamlFields> parse(String yaml, String file, int firstLine, Diagnostics diagnostics) {
        YamlLines lines = new YamlLines(yaml, file, firstLine);
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
                SourcePosition at = lines.at(p.currentTokenLocation());
                String name = p.currentName();
                p.nextToken();
                JsonNode value = MAPPER.readTree(p);
                fields.put(name, new Field(value, at.line(), at.column()));
            }
            return Optional.of(new YamlFields(fields));
        } catch (JsonProcessingException e) {
            SourcePosition at = lines.at(e.getLocation());
            int line = at.line();
            int col = at.column();
            String why = e.getOriginalMessage();
            if (why.startsWith("Duplicate field")) {
                diagnostics.error(new SourcePosition(file, line, col), "key " + why.substring("Duplicate field ".length())
                        + " appears twice", "remove one of them; only one would count");
                return Optional.empty();
            }
            List<String> written = List.of(yaml.split("\n", -1));
            int tabbed = java.util.stream.IntStream.range(0, written.size())
                    .filter(i -> written.get(i).matches(" *\t.*")).findFirst().orElse(-1);
            if (tabbed >= 0 && why.contains("\t")) {
                diagnostics.error(new SourcePosition(file, firstLine + tabbed, 1), "invalid YAML: a tab is used for indentation",
                        "indent with spaces: YAML does not allow tabs there");
                return Optional.empty();
            }
            diagnostics.error(new SourcePosition(file, line, col), "invalid YAML: " + String.join(" ", e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !l.contains("^") && !l.startsWith(" in ")).map(String::strip).toList()),
                    "check indentation and quote values that contain `: ` or start with a special character");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(new SourcePosition(file, firstLine, 1), "cannot read YAML: " + e.getMessage(), null);
            return Optional.empty();
        }
    }
}

package org.studysite.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.studysite.model.SourcePosition;

/**
 * Where every value of site.yml was written, by JSON pointer ("/paths/0/days/2/items/1"), so errors about a study
 * path item point at that item rather than at the `paths:` key. Invalid YAML yields no positions (YamlFields
 * reports it).
 */
final class YamlPositions {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private final Map<String, SourcePosition> byPointer;

    private YamlPositions(Map<String, SourcePosition> byPointer) {
        this.byPointer = byPointer;
    }

    SourcePosition at(String pointer, SourcePosition fallback) {
        return byPointer.getOrDefault(pointer, fallback);
    }

    static YamlPositions of(String yaml) {
        Map<String, SourcePosition> out = new HashMap<>();
        // Each open container: its pointer and, for a list, the index of the next item (-1 for a mapping).
        Deque<String> pointers = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        String field = null;
        YamlLines lines = new YamlLines(yaml, ConfigLoader.FILE, 1);
        try (JsonParser p = FACTORY.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    indexes.pop();
                    continue;
                }
                String pointer = pointers.isEmpty() ? "" : pointers.peek() + "/"
                        + (indexes.peek()[0] >= 0 ? String.valueOf(indexes.peek()[0]++) : escape(field));
                out.put(pointer, lines.at(p.currentTokenLocation()));
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointers.push(pointer);
                    indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (IOException e) {
            return new YamlPositions(Map.of());
        }
        return new YamlPositions(Map.copyOf(out));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

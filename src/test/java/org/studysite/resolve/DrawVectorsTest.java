package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The draws in src/test/resources/draw-vectors.json are ExamDraw's; src/test/js/draw.test.js checks that
 * rules.js draws the same, so the browser and the build cannot drift apart.
 */
class DrawVectorsTest {

    @Test
    void examDrawProducesTheSharedVectors() throws IOException {
        JsonNode vectors = new ObjectMapper().readTree(Path.of("src/test/resources/draw-vectors.json").toFile());
        Map<String, List<String>> pools = new LinkedHashMap<>();
        vectors.get("pools").fields().forEachRemaining(e -> pools.put(e.getKey(), strings(e.getValue())));
        for (JsonNode d : vectors.get("draws")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            d.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
            assertEquals(strings(d.get("keys")), ExamDraw.draw(pools, counts, d.get("seed").asLong()), d.toString());
        }
        Mulberry32 random = new Mulberry32(vectors.at("/mulberry32/seed").asInt());
        for (JsonNode u : vectors.at("/mulberry32/first")) {
            assertEquals(u.asLong(), random.next());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schemas editors validate with must accept exactly the fields the loaders know. */
class QuizSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void quizSchemaMatchesTheLoader() throws IOException {
        JsonNode schema = read("quiz.schema.json");
        assertFields(QuizLoader.QUIZ_FIELDS, schema);
        assertFields(QuestionReader.QUESTION_FIELDS, schema.at("/$defs/question"));
        assertFields(CardReader.CARD_FIELDS, schema.at("/$defs/card"));
        assertFields(QuestionReader.OPTION_FIELDS, schema.at("/$defs/option/oneOf/1"));
        assertFields(QuizLoader.BAND_FIELDS, schema.at("/$defs/band"));
        assertFields(QuizLoader.SHUFFLE_FIELDS, schema.at("/properties/shuffle"));
        assertEquals("^[A-Za-z]$", schema.at("/$defs/letter/pattern").asText());
    }

    @Test
    void examSchemaMatchesTheLoader() throws IOException {
        JsonNode schema = read("exam.schema.json");
        assertFields(ExamLoader.EXAM_FIELDS, schema);
        assertFields(ExamLoader.DOMAIN_FIELDS, schema.at("/properties/domains/items"));
        assertFields(ExamLoader.POOL_FIELDS, schema.at("/properties/pool"));
        assertEquals(ExamLoader.SCORING.toString(), schema.at("/properties/multiSelectScoring/enum").toString()
                .replace("\"", "").replace(",", ", "));
    }

    private static void assertFields(Set<String> known, JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(known), names);
        assertEquals(false, objectSchema.get("additionalProperties").asBoolean(true));
        objectSchema.get("properties").forEach(p -> assertEquals(true, p.hasNonNull("description"),
                () -> "every field has a description: " + p));
    }

    private static JsonNode read(String name) throws IOException {
        // Surefire runs in the module folder, where schema/ lives next to pom.xml.
        return MAPPER.readTree(Path.of("schema", name).toFile());
    }
}

package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.render.quiz.Banks;
import org.studysite.render.quiz.LinkView;
import org.studysite.testing.Sites;

/**
 * The data contract between pages and scripts: the default site's banks validate against schema/bank.schema.json,
 * the schema names exactly the fields of the records in {@link Banks}, and the pages that hand over a bank stay
 * small because the bank is a separate file.
 */
class BankContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_PAGE = 40 * 1024;

    @TempDir
    static Path out;
    static JsonNode schema;

    @BeforeAll
    static void build() throws IOException {
        BuildResult r = Sites.build(Path.of("content"), out);
        assertTrue(r.ok(), () -> r.diagnostics().stream().limit(5).toList().toString());
        schema = JSON.readTree(Path.of("schema", "bank.schema.json").toFile());
    }

    @Test
    void defaultSiteBanksMatchTheSchema() throws IOException {
        assertEquals(List.of(), errors("examBank", bank("exams/ml-professional.bank.js")));
        assertEquals(List.of(), errors("reviewBank", bank("review.bank.js")));
        assertEquals(List.of(), errors("progressBank", bank("progress.bank.js")));
        assertEquals(List.of(), errors(null, bank("review.bank.js")), "the whole schema (oneOf) takes it too");
        assertTrue(bank("review.bank.js").get("questions").size() > 100);
    }

    @Test
    void theSchemaRejectsWhatScriptsCouldNotRead() throws IOException {
        ObjectNode exam = (ObjectNode) bank("exams/ml-professional.bank.js");
        ObjectNode q = (ObjectNode) exam.get("questions").get(0);
        q.put("k", q.get("key").asText());
        q.remove("answer");
        ((ObjectNode) exam.get("domains").get(0)).put("count", -1);
        List<String> errors = errors("examBank", exam);
        assertTrue(errors.stream().anyMatch(e -> e.contains("k")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("answer")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("count")), errors::toString);
        assertFalse(errors("reviewBank", exam).isEmpty(), "an exam bank is not a review bank");
    }

    @Test
    void schemaNamesExactlyTheRecordFields() {
        assertFields(Banks.ExamBank.class, "/$defs/examBank");
        assertFields(Banks.ExamDomain.class, "/$defs/examBank/properties/domains/items");
        assertFields(Banks.Question.class, "/$defs/question");
        assertFields(Banks.Option.class, "/$defs/option");
        assertFields(Banks.Card.class, "/$defs/card");
        assertFields(LinkView.class, "/$defs/link");
        assertFields(Banks.ReviewBank.class, "/$defs/reviewBank");
        assertFields(Banks.ProgressBank.class, "/$defs/progressBank");
        assertFields(Banks.ProgressDomain.class, "/$defs/progressBank/properties/domains/items");
        assertFields(Banks.ProgressQuiz.class, "/$defs/progressBank/properties/quizzes/items");
        assertFields(Banks.ProgressExam.class, "/$defs/progressBank/properties/exams/items");
        assertFields(Banks.ProgressNote.class, "/$defs/progressBank/properties/notes/items");
    }

    @Test
    void examReviewAndProgressPagesStaySmall() throws IOException {
        for (String page : List.of("exams/ml-professional.html", "review.html", "progress.html")) {
            long size = Files.size(out.resolve(page));
            assertTrue(size <= MAX_PAGE, page + " is " + size + " B");
            String html = Files.readString(out.resolve(page));
            assertFalse(html.contains("type=\"application/json\""), page + " carries no inline bank");
            assertTrue(html.contains(Banks.beside(page.substring(page.lastIndexOf('/') + 1)) + "\""),
                    page + " loads its bank");
        }
        assertTrue(Files.size(out.resolve("exams/ml-professional.bank.js")) > MAX_PAGE, "the bank moved, not vanished");
    }

    private static JsonNode bank(String file) throws IOException {
        return JSON.readTree(Banks.json(Files.readString(out.resolve(file))));
    }

    /** Errors of node against $defs/def (null: the whole schema). */
    private static List<String> errors(String def, JsonNode node) {
        ObjectNode root = schema.deepCopy();
        if (def != null) {
            ArrayNode one = root.putArray("oneOf");
            one.addObject().put("$ref", "#/$defs/" + def);
        }
        Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
        return s.validate(node).stream().map(Error::toString).toList();
    }

    private static void assertFields(Class<? extends Record> type, String pointer) {
        JsonNode object = schema.at(pointer);
        Set<String> names = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(names::add);
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, names, type.getSimpleName());
        Set<String> required = new TreeSet<>();
        object.get("required").forEach(n -> required.add(n.asText()));
        assertEquals(components, required, type.getSimpleName() + ": the build always writes every field");
        assertFalse(object.get("additionalProperties").asBoolean(true), type.getSimpleName());
        object.get("properties").forEach(p -> assertTrue(p.hasNonNull("description"), () -> "described: " + p));
    }
}

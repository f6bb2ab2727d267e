package org.studysite.importer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.studysite.model.Band;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a quiz in the project's quiz JSON format: keys in a fixed order, 2-space indentation, '\n' line ends,
 * so the same page always produces byte-identical files (and diffs stay small when it changes).
 */
public final class QuizJsonWriter {
    public static final String SCHEMA = "../../schema/quiz.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private QuizJsonWriter() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Writes DIR/ID.json and returns its path. */
    public static Path write(ImportedQuiz quiz, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(quiz.id() + ".json");
        Files.writeString(file, toJson(quiz), StandardCharsets.UTF_8);
        return file;
    }

    public static String toJson(ImportedQuiz quiz) {
        try {
            return WRITER.writeValueAsString(tree(quiz)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    private static ObjectNode tree(ImportedQuiz quiz) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("id", quiz.id());
        root.put("title", quiz.title());
        if (quiz.domain() != null) {
            root.put("domain", quiz.domain());
        }
        if (!quiz.bands().isEmpty()) {
            ArrayNode bands = root.putArray("bands");
            for (Band band : quiz.bands()) {
                bands.addObject().put("minPercent", band.minPercent()).put("label", band.label())
                        .put("message", band.message());
            }
        }
        ArrayNode questions = root.putArray("questions");
        for (ImportedQuestion q : quiz.questions()) {
            question(questions.addObject(), q);
        }
        return root;
    }

    private static void question(ObjectNode node, ImportedQuestion q) {
        node.put("id", q.id());
        node.put("prompt", q.prompt());
        ArrayNode options = node.putArray("options");
        for (int i = 0; i < q.options().size(); i++) {
            String why = q.whys().get(i);
            if (why.isEmpty()) {
                options.add(q.options().get(i));
            } else {
                options.addObject().put("text", q.options().get(i)).put("why", why);
            }
        }
        if (q.multiple()) {
            ArrayNode answer = node.putArray("answer");
            q.answer().forEach(answer::add);
            if (q.statesCount()) {
                node.put("showCount", true);
            }
        } else {
            node.put("answer", q.answer().get(0));
        }
        if (!q.explanation().isEmpty()) {
            node.put("explanation", q.explanation());
        }
    }
}

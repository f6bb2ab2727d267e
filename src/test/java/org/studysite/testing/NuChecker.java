package org.studysite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (the W3C validator, embedded) over every page of a built site. */
public final class NuChecker {
    private NuChecker() {
    }

    /** Every HTML page below out, sorted. */
    public static List<Path> pages(Path out) {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checker's errors (not warnings) as "page:line: message [extract]", in page order. */
    public static List<String> errors(Path out, List<Path> pages) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            for (JsonNode m : json.readTree(validator.validate(page)).path("messages")) {
                if (m.path("type").asText().equals("error")) {
                    problems.add(out.relativize(page) + ":" + m.path("lastLine").asInt() + ": "
                            + m.path("message").asText() + " [" + m.path("extract").asText().strip() + "]");
                }
            }
        }
        return problems;
    }
}

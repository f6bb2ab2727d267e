package org.studysite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.Sites;

/** The Nu Html Checker (the W3C validator) finds no error on any page of the default site or the fixture. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void defaultSiteIsValidHtml() throws Exception {
        assertValid(Path.of("content"));
    }

    @Test
    void fixtureSiteIsValidHtml() throws Exception {
        assertValid(Sites.fixture("basic"));
    }

    private void assertValid(Path content) throws Exception {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path page : htmlPages(out)) {
            pages++;
            JsonNode result = new ObjectMapper().readTree(validator.validate(page));
            for (JsonNode m : result.path("messages")) {
                if (m.path("type").asText().equals("error")) {
                    problems.add(out.relativize(page) + ":" + m.path("lastLine").asInt() + ": "
                            + m.path("message").asText() + " [" + m.path("extract").asText().strip() + "]");
                }
            }
        }
        assertTrue(pages > 3, "pages validated: " + pages);
        assertEquals(List.of(), problems);
    }

    private static List<Path> htmlPages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}

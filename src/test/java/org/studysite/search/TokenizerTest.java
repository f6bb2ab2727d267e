package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.search.internal.Tokenizer;

/** The index's tokens; src/test/js/search/tokens.test.js holds the reader to the same cases. */
class TokenizerTest {
    @Test
    void tokensMatchTheSharedCases() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(Path.of("src/test/resources/search/tokens.json").toFile());
        for (JsonNode c : cases) {
            List<String> expected = new ArrayList<>();
            c.get("terms").forEach(t -> expected.add(t.asText()));
            assertEquals(expected, Tokenizer.terms(c.get("text").asText()), c.get("text").asText());
            List<String> expectedWords = new ArrayList<>();
            c.get("words").forEach(t -> expectedWords.add(t.asText()));
            Tokenizer.Words at = new Tokenizer.Words();
            List<String> terms = Tokenizer.terms(c.get("text").asText(), at);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < at.size(); i++) {
                words.add(terms.get(at.at(i)));
            }
            assertEquals(expectedWords, words, "phrase words of " + c.get("text").asText());
        }
    }
}

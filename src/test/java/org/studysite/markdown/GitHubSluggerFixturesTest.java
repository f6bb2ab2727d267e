package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/**
 * github-slugger's fixture suite (src/test/resources/github-slugger/fixtures.json: 78 headings with the ids GitHub's
 * rendering gave them, one gist, so duplicates count across the whole list) written as the headings of one note and
 * built end to end: loader, dialect rewriters, Markdown, outline, template. Every id on the page must be GitHub's.
 * The README names our one deliberate difference (an id-less heading gets {@code section}); no fixture hits it.
 */
class GitHubSluggerFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/github-slugger/fixtures.json");

    record Fixture(String name, String input, String markdown, String expected) {
    }

    static List<Fixture> fixtures;
    static List<String> pageIds;
    static List<String> outlineIds;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        fixtures = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(Files.readString(FIXTURES, StandardCharsets.UTF_8))) {
            String input = n.get("input").asText();
            String markdown = n.has("markdownOverwrite") ? n.get("markdownOverwrite").asText() : "# " + escape(input);
            fixtures.add(new Fixture(n.get("name").asText(), input, markdown, n.get("expected").asText()));
        }
        StringBuilder note = new StringBuilder("---\ntitle: github-slugger fixtures\n---\n\n");
        fixtures.forEach(f -> note.append(f.markdown()).append("\n\n"));
        Path content = tmp.resolve("content");
        Sites.write(content.resolve("index.md"), "# Home\n\n[fixtures](slugger.md)\n");
        Sites.write(content.resolve("slugger.md"), note.toString());
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        var article = Jsoup.parse(Files.readString(tmp.resolve("out/slugger.html"), StandardCharsets.UTF_8))
                .selectFirst("article.note");
        pageIds = article.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.id()).toList();
        MarkdownSupport md = MarkdownSupport.create();
        StringBuilder body = new StringBuilder();
        fixtures.forEach(f -> body.append(f.markdown()).append("\n\n"));
        outlineIds = md.outline(md.parse(body.toString()), "slugger.md", 1).headings().stream()
                .map(org.studysite.model.Heading::id).toList();
    }

    /** Backslash-escapes ASCII punctuation, so the heading's text content is exactly the fixture's input. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 128 && !Character.isLetterOrDigit(cp) && cp != ' ') {
                sb.append('\\');
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    @Test
    void everyFixtureGetsGitHubsIdOnTheBuiltPage() {
        assertEquals(78, fixtures.size());
        assertEquals(fixtures.size(), pageIds.size(), "one heading per fixture");
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            Fixture f = fixtures.get(i);
            if (!f.expected().equals(pageIds.get(i))) {
                misses.add(f.name()); // the ids themselves run to 2,000 characters: compare by name, then debug one
            }
        }
        int score = fixtures.size() - misses.size();
        System.out.println("github-slugger fixtures: " + score + "/" + fixtures.size());
        assertEquals(List.of(), misses, score + "/" + fixtures.size());
    }

    @Test
    void outlineAndTableOfContentsUseTheSameIds() {
        assertEquals(pageIds, outlineIds);
    }

    @Test
    void fixtureTextReachesTheHeadingUnchanged() {
        // The escaping above must not change what the heading says, or the comparison would prove nothing.
        MarkdownSupport md = MarkdownSupport.create();
        for (Fixture f : fixtures) {
            if (f.markdown().contains("&#x20;")) {
                continue;
            }
            var heading = md.outline(md.parse(f.markdown()), "x.md", 1).headings().get(0);
            assertEquals(f.input().replaceAll("\\s+", " ").strip(), heading.text(), f.name());
        }
    }
}

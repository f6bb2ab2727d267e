package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every src/test/resources/markdown/NAME.md and compares with NAME.html. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files (then review the diff by eye).
 */
class MarkdownGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/markdown");
    private static final MarkdownSupport MD = MarkdownSupport.create();

    /** Relative .md links become .html pages, like the render stage does; quizzes become a marker element. */
    static final RenderHooks HOOKS = new RenderHooks() {
        @Override
        public String resolveLink(String destination, boolean image) {
            if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                return destination;
            }
            return destination.replaceFirst("\\.md(?=$|#)", ".html");
        }

        @Override
        public String quizEmbed(String quizId, String questionId) {
            return "<div class=\"quiz-embed\" data-quiz=\"" + quizId + "\""
                    + (questionId == null ? "" : " data-question=\"" + questionId + "\"") + "></div>";
        }
    };

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rendersAsExpected(String name) throws IOException {
        String markdown = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        RenderedMarkdown r = MD.render(MD.parse(markdown), HOOKS);
        String actual = "<!-- hasCode=" + r.hasCode() + " hasMermaid=" + r.hasMermaid() + " hasQuiz=" + r.hasQuiz()
                + " -->\n" + r.html();
        Path expectedFile = DIR.resolve(name + ".html");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("wrote missing golden file " + expectedFile + ": review it and re-run");
            }
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n"), actual);
    }
}

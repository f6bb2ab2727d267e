package org.studysite.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page in src/test/resources/import/ against its golden output in golden/NAME/: the quiz JSON files exactly
 * as written, plus warnings.txt. Run with -Dgolden.update=true to rewrite the golden files, then review the diff.
 */
class ImportGoldenTest {
    static final Path PAGES = Path.of("src/test/resources/import");
    private static final Path GOLDEN = PAGES.resolve("golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(p -> p.getFileName().toString()).filter(ImportGoldenTest::isPage).sorted().toList()
                    .stream();
        }
    }

    /** Markdown pages, Moodle GIFT files and Aiken .txt files. */
    static boolean isPage(String name) {
        return name.endsWith(".md") || name.endsWith(".gift") || name.endsWith(".txt");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void matchesGolden(String page) throws IOException {
        String name = page.replaceFirst("\\.(md|gift|txt)$", "");
        Map<String, String> actual = render(page);
        Path dir = GOLDEN.resolve(name);
        if (UPDATE) {
            rewrite(dir, actual);
        }
        assertEquals(actual.keySet(), read(dir).keySet(), "files for " + page);
        for (Map.Entry<String, String> file : actual.entrySet()) {
            assertEquals(read(dir).get(file.getKey()), file.getValue(), page + " → " + file.getKey());
        }
    }

    /** File name → content, as the import command would write them (warnings.txt for the diagnostics). */
    static Map<String, String> render(String page) throws IOException {
        String markdown = Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
        ImportResult result = Importers.importText(markdown, page, ImportOptions.DEFAULTS);
        Map<String, String> files = new TreeMap<>();
        for (ImportedQuiz quiz : result.quizzes()) {
            files.put(quiz.id() + ".json", QuizJsonWriter.toJson(quiz));
        }
        files.put("warnings.txt", result.diagnostics().stream().map(Diagnostic::format)
                .map(line -> line + "\n").collect(Collectors.joining()));
        return files;
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.toList()) {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void rewrite(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> !files.containsKey(p.getFileName().toString())).forEach(stale::add);
        }
        for (Path p : stale) {
            Files.delete(p);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}

package org.studysite.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each format against its golden file for a small bank built to be awkward: whys on some options only, a
 * select-two question, quotes, a tab, a line break, GIFT's syntax characters, an option starting with "%" and one
 * with "#", backslashes, a code block. Run with -Dgolden.update=true to rewrite, then review the diff.
 */
class ExportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    @ParameterizedTest
    @ValueSource(strings = {"gift", "aiken", "csv", "anki"})
    void matchesGolden(String format) throws IOException {
        ExportReport report = new ExportReport();
        String actual = ExportFixtures.export(format, ExportFixtures.site(ExportFixtures.SMALL), report)
                + "\n-- report: " + report.written() + " written\n" + String.join("\n", report.lines()) + "\n";
        Path golden = GOLDEN.resolve("storage." + format + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}

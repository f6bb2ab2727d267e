package org.studysite.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code studysite export} as a user runs it: where it writes, what it refuses. */
class ExportCommandTest {
    private static final String SMALL = "src/test/resources/export/content";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesOnlyTheFileAskedFor() throws IOException {
        Path file = tmp.resolve("bank.gift");
        assertEquals(0, run("--content", SMALL, "--format", "gift", "--out", file.toString()), err.toString());
        assertTrue(Files.readString(file).contains("::tier-archive::"));
        assertEquals(1, filesIn(tmp), "no temporary file left beside it");
        assertEquals("wrote " + file + " (3 of 3 questions, 0 of 2 flashcards from 1 quiz)\n  2 items: GIFT holds"
                + " questions only; flashcards left out (--format anki writes them) (card-lrs, card-quotes)\n",
                out.toString().replace("\r\n", "\n"));
    }

    @Test
    void ankiCountsTheFlashcardsItWrote() throws IOException {
        Path file = tmp.resolve("deck.txt");
        assertEquals(0, run("--content", SMALL, "--format", "anki", "--out", file.toString()), err.toString());
        assertTrue(out.toString().startsWith("wrote " + file + " (3 of 3 questions, 2 of 2 flashcards from 1 quiz)\n"),
                out.toString());
        assertTrue(Files.readString(file).contains("\t\"card-lrs\"\n"), "the card's id is its GUID");
    }

    @Test
    void overwritesAFileButRefusesAFolder() throws IOException {
        Path file = tmp.resolve("bank.csv");
        Files.writeString(file, "old");
        assertEquals(0, run("--content", SMALL, "--format", "csv", "--out", file.toString()));
        assertTrue(Files.readString(file).startsWith("quiz,id,"));
        Path folder = Files.createDirectories(tmp.resolve("decks"));
        Files.writeString(folder.resolve("keep.txt"), "keep");
        assertEquals(2, run("--content", SMALL, "--format", "anki", "--out", folder.toString()));
        assertTrue(err.toString().contains("is a folder — give the file to write"), err.toString());
        assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
        assertEquals(1, filesIn(folder));
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).resolve("victim.txt");
        Files.writeString(elsewhere, "untouched");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("bank.txt"), elsewhere);
        assertEquals(0, run("--content", SMALL, "--format", "aiken", "--out", link.toString()));
        assertEquals("untouched", Files.readString(elsewhere));
        assertFalse(Files.isSymbolicLink(link));
        assertTrue(Files.readString(link).contains("ANSWER: C"));
    }

    @Test
    void missingFolderOfTheFileIsAUsageError() {
        assertEquals(2, run("--content", SMALL, "--format", "gift", "--out", tmp.resolve("no/such/bank.gift").toString()));
        assertTrue(err.toString().contains("its folder does not exist"), err.toString());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void unknownQuizIsExitTwoWithDidYouMean() {
        assertEquals(2, run("--content", SMALL, "--format", "anki", "--quiz", "storag", "--out",
                tmp.resolve("x.txt").toString()));
        assertTrue(err.toString().contains("no quiz `storag` — did you mean `storage`?"), err.toString());
        assertFalse(Files.exists(tmp.resolve("x.txt")));
    }

    @Test
    void unknownFormatIsExitTwoWithDidYouMean() {
        assertEquals(2, run("--content", SMALL, "--format", "gif", "--out", tmp.resolve("x").toString()));
        assertTrue(err.toString().contains("unknown --format `gif` — did you mean `gift`?"), err.toString());
    }

    @Test
    void ankiSaysWhenLinksAreRelativeAndUsesBaseUrlWhenGiven() throws IOException {
        Path file = tmp.resolve("deck.txt");
        assertEquals(0, run("--content", SMALL, "--format", "anki", "--quiz", "storage", "--out", file.toString()));
        assertTrue(out.toString().contains("links to the notes are relative to the site's root"), out.toString());
        assertTrue(Files.readString(file).contains("<a href=\"\"notes/storage.html#access-tiers\"\">"));
        assertEquals(0, run("--content", SMALL, "--format", "anki", "--base-url", "https://me.github.io/notes",
                "--out", file.toString()));
        assertTrue(Files.readString(file).contains("<a href=\"\"https://me.github.io/notes/notes/storage.html#access-tiers\"\">"));
    }

    @Test
    void contentErrorsWriteNothing() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("site.yml"), "title: T\n");
        Files.writeString(content.resolve("q.json"), "{\"id\": \"q\", \"title\": \"Q\", \"questions\": [ {\"id\": \"a\"} ]}");
        Path file = tmp.resolve("bank.gift");
        assertEquals(1, run("--content", content.toString(), "--format", "gift", "--out", file.toString()));
        assertFalse(Files.exists(file));
        assertTrue(err.toString().contains("q.json:1:"), err.toString());
    }
}

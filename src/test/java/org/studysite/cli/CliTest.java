package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.Sites;
import picocli.CommandLine;

/** The command line contract: exit codes 0/1/2, errors as path:line:col, check writes nothing, --help. */
class CliTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Test
    void buildWritesTheSiteAndExitsZero() {
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--content", Sites.fixture("basic").toString(), "--out", site.toString()), err.toString());
        assertTrue(Files.exists(site.resolve("index.html")));
        assertTrue(out.toString().contains("built"), out.toString());
    }

    @Test
    void contentErrorsExitOneWithPathLineColumnAndWriteNothing() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        Sites.write(content.resolve("guide/bad.md"), "# Bad\n\n[x](nope.md)\n");
        Path site = tmp.resolve("site");
        assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString()));
        String prefix = content.normalize().toString().replace('\\', '/') + "/";
        assertTrue(err.toString().contains(prefix + "guide/bad.md:3:1: error: broken link: `nope.md`"), err.toString());
        assertFalse(Files.exists(site));
    }

    @Test
    void checkValidatesAndWritesNothing() {
        Path before = tmp.resolve("site-output");
        assertEquals(0, run("check", "--content", Sites.fixture("basic").toString()), err.toString());
        assertFalse(Files.exists(before));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("build", "--content", tmp.resolve("missing").toString()));
        assertEquals(2, run("build", "--broken-links", "sometimes"));
    }

    @Test
    void refusesAnOutputFolderThatWouldDestroyFiles() throws Exception {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("project/content"));
        Path notes = tmp.resolve("notes");
        Sites.write(notes.resolve("todo.txt"), "mine");
        java.util.Map<String, String> before = Sites.fingerprint(tmp);
        for (Path out : new Path[] {content, content.getParent(), content.resolve("site"), notes}) {
            assertEquals(2, run("build", "--content", content.toString(), "--out", out.toString()), out.toString());
        }
        assertEquals(before, Sites.fingerprint(tmp), "nothing was moved or deleted");
        assertTrue(err.toString().contains("is the content folder or contains it"), err.toString());
        assertTrue(err.toString().contains("is inside the content folder"), err.toString());
        assertTrue(err.toString().contains("holds files that are not an earlier build"), err.toString());
        // An earlier build's folder is replaced as usual.
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()));
        assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()));
    }

    @Test
    void theSameWarningInManyFilesIsShownThreeTimesThenCounted() {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        for (int i = 1; i <= 6; i++) {
            Sites.write(content.resolve("many/p" + i + ".md"), "---\ntitle: P" + i + "\nmenu_name: x\n---\nHi\n");
        }
        assertEquals(0, run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()));
        long shown = err.toString().lines().filter(l -> l.contains(".md:3:1: warning: unknown front matter field `menu_name`")).count();
        assertEquals(3, shown, err.toString());
        assertTrue(err.toString().contains("… and 3 more of the warning: unknown front matter field `menu_name` is ignored"),
                err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--base-url"));
        assertEquals(0, run("check", "--help"));
    }
}

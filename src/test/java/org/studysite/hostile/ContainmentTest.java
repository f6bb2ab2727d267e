package org.studysite.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.Build;
import org.studysite.pipeline.BuildOptions;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/**
 * Nothing outside the content or templates folder is read or published: symbolic links that leave the folder,
 * loop or chain out are errors at their path, and the secret they point to appears in no output.
 */
class ContainmentTest {
    private static final String SECRET = "-----BEGIN OPENSSH PRIVATE KEY----- not for publishing";

    @TempDir
    Path tmp;

    /** What a hostile pull request adds to the content folder; each entry is a link (from, to). */
    interface Plant {
        void into(Path content, Path outside) throws IOException;
    }

    static Stream<Arguments> links() {
        return Stream.of(
                Arguments.of("file link to a key", (Plant) (c, o) -> link(c.resolve("guide/key.md"), o.resolve("id_rsa")),
                        "guide/key.md:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa` (key.md -> OUT/id_rsa), and is not followed"),
                Arguments.of("relative file link climbing out", (Plant) (c, o) -> link(c.resolve("guide/key.md"),
                                c.resolve("guide").relativize(o.resolve("id_rsa"))),
                        "guide/key.md:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa`"),
                Arguments.of("folder link", (Plant) (c, o) -> link(c.resolve("guide/ext"), o),
                        "guide/ext:1:1: error: symbolic link points outside the folder, to `OUT` (ext -> OUT), and is not followed"),
                Arguments.of("image link", (Plant) (c, o) -> {
                            link(c.resolve("guide/shadow.png"), o.resolve("id_rsa"));
                            Sites.write(c.resolve("guide/pic.md"), "# Pic\n\n![s](shadow.png)\n");
                        },
                        "guide/shadow.png:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa`"),
                Arguments.of("chain out through a second link", (Plant) (c, o) -> {
                            link(c.resolve("guide/b.md"), o.resolve("id_rsa"));
                            link(c.resolve("guide/a.md"), Path.of("b.md"));
                        },
                        "guide/a.md:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa` (a.md -> b.md -> OUT/id_rsa), and is not followed"),
                Arguments.of("loop", (Plant) (c, o) -> {
                            link(c.resolve("guide/l1.md"), Path.of("l2.md"));
                            link(c.resolve("guide/l2.md"), Path.of("l1.md"));
                        },
                        "guide/l1.md:1:1: error: symbolic link loops: l1.md -> l2.md -> l1.md (loop)"),
                Arguments.of("self loop", (Plant) (c, o) -> link(c.resolve("guide/self.md"), Path.of("self.md")),
                        "guide/self.md:1:1: error: symbolic link loops: self.md -> self.md (loop)"),
                Arguments.of("site.yml linked out", (Plant) (c, o) -> {
                            Files.delete(c.resolve("site.yml"));
                            link(c.resolve("site.yml"), o.resolve("id_rsa"));
                        },
                        "site.yml:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa`"),
                Arguments.of("quiz json linked out", (Plant) (c, o) -> link(c.resolve("quizzes/q.json"), o.resolve("id_rsa")),
                        "quizzes/q.json:1:1: error: symbolic link points outside the folder"),
                Arguments.of("templates file", (Plant) (c, o) -> link(c.resolveSibling("templates/note.ftlh"), o.resolve("id_rsa")),
                        "templates/note.ftlh:1:1: error: symbolic link points outside the folder, to `OUT/id_rsa`"),
                Arguments.of("templates asset folder", (Plant) (c, o) -> link(c.resolveSibling("templates/assets"), o),
                        "templates/assets:1:1: error: symbolic link points outside the folder, to `OUT`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void aLinkLeavingTheFolderIsAnErrorAtItsPathAndNothingLeaks(String name, Plant plant, String expected) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
        Files.writeString(outside.resolve("id_rsa"), SECRET);
        Files.writeString(outside.resolve("notes.md"), "# " + SECRET + "\n");
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("site/content"));
        Files.createDirectories(content.resolveSibling("templates"));
        Files.createDirectories(content.resolve("quizzes"));
        plant.into(content, outside);
        Path out = tmp.resolve("out");
        BuildResult r = Build.run(new BuildOptions(content, out, null, false, content.resolveSibling("templates")));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok(), name + ": the build must fail; got " + lines);
        String want = expected.replace("OUT", outside.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(want)), name + ": expected `" + want + "` in " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains(SECRET)), "the secret is not even quoted in a message");
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFollowed() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        link(content.resolve("guide/copy.svg"), Path.of("diagram.svg"));
        Sites.write(content.resolve("guide/pic.md"), "# Pic\n\n![d](copy.svg)\n");
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertFalse(Files.isSymbolicLink(out.resolve("guide/copy.svg")), "published as a file, not as a link");
        assertEquals(Files.readString(content.resolve("guide/diagram.svg")), Files.readString(out.resolve("guide/copy.svg")));
    }

    @Test
    void aDanglingLinkIsAWarningAndSkipped() throws IOException {
        Path content = Sites.copy(Sites.fixture("basic"), tmp.resolve("content"));
        link(content.resolve("guide/gone.md"), Path.of("nowhere.md"));
        BuildResult r = Sites.build(content, tmp.resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).anyMatch(l -> l.startsWith(
                "guide/gone.md:1:1: warning: symbolic link points to a file that does not exist: gone.md -> nowhere.md")),
                r.diagnostics().toString());
    }

    @Test
    void everyOutputPathIsUnderOutAndNothingIsWrittenBeside() throws IOException {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("work/content"));
        Sites.write(content.resolve("deep/er/n.md"), "---\nslug: /very/deep/page/\n---\n# N\n\n[home](../../index.md)\n");
        Sites.write(content.resolve("deep/p.md"), "---\npermalink: /perma/link/\n---\n# P\n");
        Sites.write(content.resolve("deep/i.md"), "---\nid: sub/named\n---\n# I\n");
        Path out = tmp.resolve("work/out");
        List<Path> before;
        try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
            before = s.sorted().toList();
        }
        BuildResult r = Build.run(new BuildOptions(content, out, null, false, null));
        assertTrue(r.ok(), r.diagnostics().toString());
        Path root = out.toRealPath();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.toList()) {
                assertFalse(Files.isSymbolicLink(p), p + " is a link");
                assertTrue(p.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(root), p + " is outside --out");
                assertTrue(p.normalize().startsWith(out.normalize()), p + " is outside --out");
            }
        }
        assertTrue(Files.isRegularFile(out.resolve("very/deep/page/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("perma/link/index.html")));
        try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
            List<Path> after = s.filter(p -> !p.getFileName().toString().startsWith(".out.")).sorted().toList();
            List<Path> expected = new java.util.ArrayList<>(before);
            expected.add(out);
            expected.sort(null);
            assertEquals(expected, after, "the build writes nothing beside --out but its temporary folders");
        }
    }

    private static void link(Path at, Path target) throws IOException {
        Files.createDirectories(at.getParent());
        Files.createSymbolicLink(at, target);
    }
}

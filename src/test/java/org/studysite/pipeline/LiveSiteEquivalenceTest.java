package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.testing.Sites;

/**
 * The dev server's promise: after any sequence of edits its site is byte for byte what a clean build of the same
 * files writes, and while the content has errors it reports exactly the build's diagnostics and keeps serving the
 * last good site. Random edit sequences over the default content: body edits, adds, deletes, renames, title,
 * position and heading changes, broken links and their fixes, quiz and site.yml edits, new folders and files.
 */
class LiveSiteEquivalenceTest {
    @TempDir
    Path tmp;

    /**
     * watched: the refresh is told which files changed, as the watcher tells it (then load lists the folder again
     * and stats files only when a path was added, deleted or is a folder), and which pages are open, as serve tells
     * it; otherwise it is told nothing and checks every file.
     */
    @ParameterizedTest(name = "seed {0}, broken links are errors: {1}, watcher's paths: {2}")
    @CsvSource({"1,true,false", "2,false,false", "3,true,false", "4,false,false", "5,true,false", "6,true,true",
            "7,false,true"})
    void randomEditSequencesLeaveTheSiteACleanBuildWouldWrite(long seed, boolean brokenLinksAreErrors,
                                                               boolean watched) {
        Path content = Sites.copy(Path.of("content"), tmp.resolve("content"));
        Random random = new Random(seed);
        Edits edits = new Edits(content, random);
        try (LiveSite live = LiveSite.open(new BuildOptions(content, null, null, brokenLinksAreErrors, null))) {
            LiveSite.Update first = live.refresh(List.of(), false);
            assertTrue(first.ok(), () -> first.diagnostics().toString());
            Map<String, String> lastGood = compareWithBuild(live, content, brokenLinksAreErrors, 0, first);
            int errorSteps = 0;
            Map<String, String> seen = Sites.fingerprint(content);
            for (int step = 1; step <= 14; step++) {
                List<String> done = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    done.add(edits.random());
                }
                // Everything since the last refresh, the last step's restore included.
                Map<String, String> now = Sites.fingerprint(content);
                List<Path> touched = watched ? changedPaths(content, seen, now) : List.of();
                seen = now;
                LiveSite.Update u = watched
                        ? live.refresh(touched, false, openPages(live, random), e -> CompletableFuture.completedFuture(null))
                        : live.refresh(touched, false);
                String what = "seed " + seed + " step " + step + " " + done;
                Map<String, String> built = compareWithBuild(live, content, brokenLinksAreErrors, step, u);
                if (built != null) {
                    lastGood = built;
                    errorSteps = 0;
                } else {
                    assertEquals(lastGood, Sites.fingerprint(live.dir()), "last good site stays served: " + what);
                    if (++errorSteps >= 2) {
                        edits.restoreLastGood(); // like a `git checkout` of many files at once
                    }
                }
                if (built != null) {
                    edits.markGood();
                }
            }
        }
    }

    /**
     * Pages "open in a browser", as serve passes them: two of the site's pages, or the note just edited's page
     * among them by chance. Their refresh writes them first and fingerprints the other pages after.
     */
    private static java.util.Set<String> openPages(LiveSite live, Random random) {
        List<String> pages = Sites.fingerprint(live.dir()).keySet().stream().filter(p -> p.endsWith(".html")).sorted()
                .toList();
        return new java.util.HashSet<>(List.of(pages.get(random.nextInt(pages.size())), "index.html"));
    }

    /** The files whose bytes changed, appeared or went away from before to after: what a watcher reports. */
    private static List<Path> changedPaths(Path content, Map<String, String> before, Map<String, String> after) {
        java.util.Set<String> paths = new java.util.TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !java.util.Objects.equals(before.get(p), after.get(p)))
                .map(content::resolve).toList();
    }

    /** Builds the same files cleanly; returns the built tree when the build succeeded, else null. */
    private Map<String, String> compareWithBuild(LiveSite live, Path content, boolean strict, int step,
                                                 LiveSite.Update u) {
        Path out = tmp.resolve("build-" + step + "-" + System.nanoTime());
        BuildResult r = Build.run(new BuildOptions(content, out, null, strict, null));
        assertEquals(r.diagnostics(), u.diagnostics(), "the same diagnostics as a build at step " + step);
        if (!r.ok()) {
            return null;
        }
        Map<String, String> expected = Sites.fingerprint(out);
        Map<String, String> served = Sites.fingerprint(live.dir());
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), served.get(path), "step " + step + ": " + path);
        }
        assertEquals(expected.keySet(), served.keySet(), "step " + step + ": the same files");
        return expected;
    }

    /** Random edits to a content folder, as a contributor (or a branch switch) makes them. */
    private static final class Edits {
        private final Path content;
        private final Random random;
        private final Path good;
        private int counter;

        Edits(Path content, Random random) {
            this.content = content;
            this.random = random;
            this.good = content.resolveSibling("good");
            markGood();
        }

        String random() {
            List<Path> notes = files(".md");
            Path note = notes.get(random.nextInt(notes.size()));
            String rel = content.relativize(note).toString();
            String text = Sites.read(note);
            int kind = random.nextInt(12);
            switch (kind) {
                case 0 -> Sites.write(note, text + "\nAn added paragraph " + (++counter) + ".\n");
                case 1 -> Sites.write(note, withFrontMatter(text, "title: Retitled " + (++counter)));
                case 2 -> Sites.write(note, withFrontMatter(text, "sidebar_position: " + random.nextInt(20)));
                case 3 -> {
                    Path folder = random.nextBoolean() ? note.getParent() : content.resolve("new" + random.nextInt(3));
                    Path added = folder.resolve("added-" + (++counter) + ".md");
                    String target = content.relativize(notes.get(random.nextInt(notes.size()))).toString();
                    Sites.write(added, "# Added " + counter + "\n\nSee [a note](" + relativeLink(added, target) + ").\n");
                    return "add " + content.relativize(added);
                }
                case 4 -> {
                    if (!rel.equals("index.md")) {
                        delete(note);
                        return "delete " + rel;
                    }
                }
                case 5 -> {
                    if (!rel.equals("index.md")) {
                        Path to = note.resolveSibling("renamed-" + (++counter) + ".md");
                        move(note, to);
                        return "rename " + rel + " → " + content.relativize(to);
                    }
                }
                case 6 -> Sites.write(note, text + "\nA [broken link](missing-" + (++counter) + ".md).\n");
                case 7 -> Sites.write(note, text.replaceAll("\nA \\[broken link\\]\\(missing-\\d+\\.md\\)\\.\n", "\n"));
                case 8 -> Sites.write(note, text.replaceFirst("\n## ([^\n]*)", "\n## $1 changed " + (++counter)));
                case 9 -> {
                    List<Path> quizzes = files(".json").stream().filter(p -> p.toString().contains("quizzes")).toList();
                    if (!quizzes.isEmpty()) {
                        Path q = quizzes.get(random.nextInt(quizzes.size()));
                        String quiz = Sites.read(q);
                        if (quiz.contains("\"front\": \"") && random.nextBoolean()) {
                            // A flashcard edit: its flashcard page, the review bank and the Anki-bound model change.
                            Sites.write(q, quiz.replaceFirst("\"front\": \"", "\"front\": \"Edited " + (++counter) + " "));
                            return "card " + content.relativize(q);
                        }
                        Sites.write(q, quiz.replaceFirst("\"title\": \"", "\"title\": \"Edited " + (++counter) + " "));
                        return "quiz " + content.relativize(q);
                    }
                }
                case 10 -> {
                    Path asset = note.resolveSibling("file-" + random.nextInt(3) + ".txt");
                    if (Files.exists(asset) && random.nextBoolean()) {
                        delete(asset);
                    } else {
                        Sites.write(asset, "asset " + (++counter) + "\n");
                    }
                    return "asset " + content.relativize(asset);
                }
                default -> {
                    Path yml = content.resolve("site.yml");
                    Sites.write(yml, Sites.read(yml).replaceFirst("\ntitle: [^\n]*", "\ntitle: Site " + (++counter)));
                    return "site.yml";
                }
            }
            return "edit " + kind + " " + rel;
        }

        private static String withFrontMatter(String text, String line) {
            String key = line.substring(0, line.indexOf(':') + 1);
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---", 4);
                String fm = text.substring(4, end);
                String kept = String.join("\n", fm.lines().filter(l -> !l.startsWith(key)).toList());
                return "---\n" + (kept.isEmpty() ? "" : kept + "\n") + line + text.substring(end);
            }
            return "---\n" + line + "\n---\n" + text;
        }

        private String relativeLink(Path from, String target) {
            return from.getParent().relativize(content.resolve(target)).toString().replace('\\', '/');
        }

        void markGood() {
            replaceTree(content, good);
        }

        void restoreLastGood() {
            replaceTree(good, content);
        }

        private List<Path> files(String ext) {
            try (Stream<Path> walk = Files.walk(content)) {
                return walk.filter(p -> p.toString().endsWith(ext)).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void replaceTree(Path from, Path to) {
            if (Files.exists(to)) {
                try (Stream<Path> walk = Files.walk(to)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Sites.copy(from, to);
        }

        private static void delete(Path p) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void move(Path from, Path to) {
            try {
                Files.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}

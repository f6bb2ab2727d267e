package org.studysite.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The write stage: pages are streamed into a fresh temporary folder beside the target; {@link #commit()} swaps
 * it into place by rename only when the build succeeded, and {@link #abort()} deletes it, so a failed build
 * leaves the previous output exactly as it was.
 */
public final class OutputDir implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean done;
    private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private OutputDir(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Why a build must not replace this folder, if it must not: a build swaps the whole folder for the new site,
     * so pointing it at the content (or a folder holding it), the file-system root, or a folder of other files
     * would destroy them. A folder with {@code .nojekyll} (written by every build) is taken as an earlier output.
     */
    public static java.util.Optional<String> refusal(Path target, Path content) {
        Path t = real(target);
        Path c = real(content);
        if (t.getParent() == null) {
            return java.util.Optional.of("`" + target + "` is the root of the file system");
        }
        if (c.startsWith(t)) {
            return java.util.Optional.of("`" + target + "` is the content folder or contains it: the build would replace your notes");
        }
        if (t.startsWith(c)) {
            return java.util.Optional.of("`" + target + "` is inside the content folder: the site would be read as content next time");
        }
        if (Files.isRegularFile(t)) {
            return java.util.Optional.of("`" + target + "` is a file");
        }
        if (Files.isDirectory(t) && !Files.exists(t.resolve(".nojekyll")) && !isEmpty(t)) {
            return java.util.Optional.of("`" + target + "` holds files that are not an earlier build (it has no .nojekyll), "
                    + "and a build replaces the whole folder");
        }
        return java.util.Optional.empty();
    }

    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public static OutputDir open(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            sweepLeftovers(abs);
            Path temp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp-");
            return new OutputDir(abs, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file (UTF-8) at a site-relative path, creating folders. Safe to call from many threads. */
    public void write(String relPath, String text) {
        write(relPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relPath, byte[] bytes) {
        if (relPath.endsWith(".html")) {
            pages.incrementAndGet();
        }
        try {
            Path p = resolve(relPath);
            folder(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(String relPath, Path source) {
        try {
            Path p = resolve(relPath);
            folder(p.getParent());
            Files.copy(source, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(String relPath, InputStream in) {
        try (in) {
            Path p = resolve(relPath);
            folder(p.getParent());
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a file's folder the first time it is needed. Asking again for every file cost a failing mkdir and a
     * stat each (9,600 of them at 1,000 notes, 1.2 s of system time on an overlay file system).
     */
    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    private Path resolve(String relPath) {
        Path p = temp.resolve(relPath).normalize();
        if (!p.startsWith(temp)) {
            throw new IllegalArgumentException("path escapes the output folder: " + relPath);
        }
        return p;
    }

    /** How many HTML pages were written so far. */
    public int pagesWritten() {
        return pages.get();
    }

    /** Moves the finished site into place: old output aside, new output in, old output deleted. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                // Named by time: if a kill strands several, the newest is the previous output (older ones may be
                // half deleted), see sweepLeftovers.
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-"
                        + String.format("%015d-", System.currentTimeMillis()));
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            if (old != null) {
                deleteInBackground(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void abort() {
        if (!done) {
            deleteTree(temp);
            done = true;
        }
    }

    @Override
    public void close() {
        abort();
    }

    /** Temp and old folders of a build that was killed midway would otherwise pile up beside the output. */
    private static void sweepLeftovers(Path target) throws IOException {
        String temps = "." + target.getFileName() + ".tmp-";
        String olds = "." + target.getFileName() + ".old-";
        java.util.List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            // Exact prefixes: a build into `out` must not sweep the live temporary folder of one into `out.v2`.
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(temps)
                    || p.getFileName().toString().startsWith(olds)).sorted().toList();
        }
        if (!Files.exists(target)) {
            // Killed between the two renames of commit(): the previous output is the old- folder; put it back.
            java.util.Optional<Path> old = leftovers.stream().filter(p -> p.getFileName().toString().startsWith(olds))
                    .reduce((a, b) -> b);
            if (old.isPresent()) {
                Files.move(old.get(), target, StandardCopyOption.ATOMIC_MOVE);
                leftovers = leftovers.stream().filter(p -> !p.equals(old.get())).toList();
            }
        }
        leftovers.forEach(OutputDir::deleteInBackground);
    }

    /**
     * Deleting a large old site (10,000 files) takes as long as writing it, so it is kept off the build's critical
     * path: a daemon thread deletes what it can before the JVM exits, and the next build sweeps up the rest.
     */
    private static void deleteInBackground(Path tree) {
        Thread t = new Thread(() -> {
            try {
                deleteTree(tree);
            } catch (RuntimeException ignored) {
                // Best effort: whatever is left is hidden and swept by the next build.
            }
        }, "delete-old-output");
        t.setDaemon(true);
        t.start();
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.studysite.load;

import org.studysite.model.SourcePosition;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.studysite.diag.Diagnostics;

/**
 * The files of a folder (content or templates), found without ever leaving it. A symbolic link is followed only
 * when it ends inside the folder: a pull request that adds {@code notes/key.md -> ~/.ssh/id_rsa} must not get the
 * key published by the check workflow. A link that ends outside, loops or dangles is reported at its own path.
 */
public final class ContainedFiles {
    /** Linux gives up after 40 hops (ELOOP); a longer chain is reported as a loop too. */
    private static final int MAX_HOPS = 40;

    private ContainedFiles() {
    }

    /**
     * Every regular file below {@code root} that {@code visible} accepts, relative with forward slashes, sorted.
     * Problems are reported with paths prefixed by {@code label} ("" for content, "templates/" for templates).
     */
    public static List<String> list(Path root, String label, Predicate<String> visible, Diagnostics d) {
        Path base;
        try {
            base = root.toRealPath();
        } catch (IOException e) {
            d.error(new SourcePosition(label.isEmpty() ? root.toString() : label, 0, 0), "cannot read the folder: " + e.getMessage(), null);
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = rel(base, dir);
                    return rel.isEmpty() || visible.test(rel) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = rel(base, file);
                    if (!visible.test(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && followLink(base, file, label + rel, d)) {
                        files.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    d.error(new SourcePosition(label + rel(base, file), 0, 0), "cannot read: " + e.getMessage(), "check its permissions");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            d.error(new SourcePosition(label.isEmpty() ? root.toString() : label, 0, 0), "cannot read the folder: " + e.getMessage(), null);
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /** Whether {@code root/rel}, a file the caller found by listing, may be read: false for a link leaving root. */
    public static boolean isInside(Path root, String rel) {
        try {
            return root.resolve(rel).toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String rel(Path base, Path p) {
        return base.relativize(p).toString().replace('\\', '/');
    }

    /** True when the link ends at a regular file inside {@code base}; otherwise reports why it is not followed. */
    private static boolean followLink(Path base, Path link, String shown, Diagnostics d) {
        String chain = chain(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels")
                    || chain.endsWith(" (loop)")) {
                d.error(new SourcePosition(shown, 0, 0), "symbolic link loops: " + chain, "remove the link or point it at a real file");
            } else {
                d.warning(new SourcePosition(shown, 0, 0), "symbolic link points to a file that does not exist: " + chain
                        + "; it is skipped", "remove the link or point it at a file inside the folder");
            }
            return false;
        } catch (IOException e) {
            d.error(new SourcePosition(shown, 0, 0), "cannot follow the symbolic link: " + e.getMessage(), null);
            return false;
        }
        if (!target.startsWith(base)) {
            d.error(new SourcePosition(shown, 0, 0), "symbolic link points outside the folder, to `" + target + "` (" + chain
                    + "), and is not followed", "copy the file or folder into the folder instead of linking to it, "
                    + "or remove the link");
            return false;
        }
        if (Files.isDirectory(target)) {
            d.warning(new SourcePosition(shown, 0, 0), "symbolic link to the folder `" + base.relativize(target)
                    + "` is not followed: its files are already in the folder", "remove the link");
            return false;
        }
        return Files.isRegularFile(target);
    }

    /** The hops of a link as written, for the message: `a.md -> b.md -> /etc/passwd`. */
    private static String chain(Path link) {
        StringBuilder out = new StringBuilder(link.getFileName().toString());
        Set<Path> seen = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        seen.add(at);
        for (int hop = 0; hop < MAX_HOPS && Files.isSymbolicLink(at); hop++) {
            try {
                Path next = Files.readSymbolicLink(at);
                out.append(" -> ").append(next);
                at = at.resolveSibling(next).normalize();
                if (!seen.add(at)) {
                    return out.append(" (loop)").toString();
                }
            } catch (IOException e) {
                break;
            }
        }
        return out.toString();
    }
}

package org.studysite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The child JVM's application class-data archive ({@code studysite.jsa} beside the jar): the parsed and verified
 * classes of the libraries a build uses, mapped in instead of loaded from the jar, which takes about a quarter of a
 * second off every run (of about one second for a small site). {@code mvn package} writes it by building the
 * default site once with {@value #WRITE} set. An archive older than its jar, or made by another JVM, is not used:
 * the JVM checks this itself, and its warnings are turned off so a stale archive only costs the time it would save.
 */
record ClassArchive(Path archive, boolean write) {
    /** Set (to anything) to write the archive from this run. */
    static final String WRITE = "STUDYSITE_WRITE_CLASS_ARCHIVE";
    private static final List<String> QUIET = List.of("-Xlog:cds*=off");

    /** The archive beside the jar on this class path; none when the class path is not one jar. */
    static ClassArchive beside(String classPath, boolean write) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return new ClassArchive(null, false);
        }
        String name = classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa";
        return new ClassArchive(Path.of(name), write);
    }

    /** The child's JVM options for this archive. */
    List<String> options() {
        if (archive == null) {
            return List.of();
        }
        if (write) {
            return concat("-XX:ArchiveClassesAtExit=" + partial());
        }
        return Files.isRegularFile(archive) ? concat("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** After a successful run that wrote the archive: puts it in place whole, so no run ever maps half of one. */
    void commit() {
        if (archive == null || !write) {
            return;
        }
        try {
            Files.move(partial(), archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("studysite: could not write the class archive " + archive + ": " + e.getMessage()
                    + " (builds work without it, a little slower)");
        }
    }

    private Path partial() {
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    private static List<String> concat(String option) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(option), QUIET.stream()).toList();
    }
}

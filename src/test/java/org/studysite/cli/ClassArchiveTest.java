package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theArchiveSitsBesideTheJarAndIsUsedOnlyOnceWritten() throws Exception {
        String jar = dir.resolve("studysite.jar").toString();
        assertEquals(List.of(), ClassArchive.beside(jar, false).options(), "no archive yet: no option");
        Files.writeString(dir.resolve("studysite.jsa"), "x");
        assertEquals(List.of("-XX:SharedArchiveFile=" + dir.resolve("studysite.jsa"), "-Xlog:cds*=off"),
                ClassArchive.beside(jar, false).options());
    }

    @Test
    void noArchiveForAClassPathThatIsNotOneJar() {
        assertEquals(List.of(), ClassArchive.beside("target/classes", true).options());
        assertEquals(List.of(), ClassArchive.beside("a.jar" + java.io.File.pathSeparator + "b.jar", true).options());
        assertEquals(List.of(), ClassArchive.beside(null, true).options());
    }

    @Test
    void aWrittenArchiveReplacesTheOldOneWholeOnlyOnCommit() throws Exception {
        Path archive = dir.resolve("studysite.jsa");
        Files.writeString(archive, "old");
        ClassArchive writing = ClassArchive.beside(dir.resolve("studysite.jar").toString(), true);
        List<String> options = writing.options();
        assertEquals(2, options.size());
        assertTrue(options.get(0).startsWith("-XX:ArchiveClassesAtExit="), options.toString());
        Path partial = Path.of(options.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        assertEquals(dir, partial.getParent(), "written beside it, so the move is a rename");
        Files.writeString(partial, "new");
        assertEquals("old", Files.readString(archive), "the JVM writes the partial file; the archive stays");
        writing.commit();
        assertEquals("new", Files.readString(archive));
        assertFalse(Files.exists(partial));
    }

    @Test
    void theChildJvmMapsTheArchive() throws Exception {
        // The real thing: a JVM writes an archive of a tiny jar's class, a second one maps it, and a third, given a
        // damaged archive, runs as if there were none and says nothing.
        Path jar = dir.resolve("tiny.jar");
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), new java.util.jar.Manifest())) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            out.write(Hello.class.getClassLoader().getResourceAsStream(entry).readAllBytes());
        }
        ClassArchive writing = ClassArchive.beside(jar.toString(), true);
        assertEquals("hello\n", java(writing.options(), jar));
        writing.commit();
        assertTrue(Files.size(dir.resolve("tiny.jsa")) > 0);
        List<String> reading = new java.util.ArrayList<>(ClassArchive.beside(jar.toString(), false).options());
        reading.add("-Xlog:class+load=info:file=" + dir.resolve("loads.txt"));
        assertEquals("hello\n", java(reading, jar));
        assertTrue(Files.readString(dir.resolve("loads.txt")).contains(Hello.class.getName() + " source: shared objects file (top)"));
        Files.writeString(dir.resolve("tiny.jsa"), "damaged");
        assertEquals("hello\n", java(ClassArchive.beside(jar.toString(), false).options(), jar));
    }

    /** The tiny jar's main class. */
    static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    /** Runs Hello from the jar with the options; returns all it printed. */
    private static String java(List<String> options, Path jar) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", jar.toString(), Hello.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}

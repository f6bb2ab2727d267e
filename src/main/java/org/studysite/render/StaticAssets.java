package org.studysite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's own CSS, JS and icons (src/main/resources/assets, inside the jar), copied to assets/. A file of the
 * same name in the user's templates/assets folder wins, like templates.
 */
final class StaticAssets {
    private StaticAssets() {
    }

    /** Site path (assets/…) → bytes, read once per renderer: a change of templates makes a new renderer. */
    static Map<String, byte[]> read(Path userTemplates) {
        Map<String, byte[]> files = new TreeMap<>();
        withBundled(root -> collect(root, files));
        if (userTemplates != null && Files.isDirectory(userTemplates.resolve("assets"))) {
            collect(userTemplates.resolve("assets"), files);
        }
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((rel, bytes) -> out.put("assets/" + rel, bytes));
        return out;
    }

    private static void collect(Path root, Map<String, byte[]> into) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                into.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs with the bundled assets folder as a Path, from the classes folder or from inside the jar. */
    private static void withBundled(java.util.function.Consumer<Path> action) {
        try {
            URI uri = StaticAssets.class.getResource("/assets/favicon.svg").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    action.accept(fs.getPath("/assets"));
                }
            } else {
                action.accept(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("bundled assets missing from the jar", e);
        }
    }
}

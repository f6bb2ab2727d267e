package org.studysite.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A request path to a file of the site, or null (404). Anything that could step outside the site is refused
 * before decoding (dot-dot, encoded dots, slashes and backslashes, NUL) and after it (the real path, symlinks
 * followed, must still be inside the site folder).
 */
final class SafePath {
    private SafePath() {
    }

    /** The decoded site-relative path a request names (no leading slash), or null when it could never be served. */
    static String requested(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (!rawPath.startsWith("/") || rawPath.contains("..") || rawPath.contains("\\") || rawPath.indexOf('\0') >= 0
                || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || rawPath.contains("//")) {
            return null;
        }
        String path;
        try {
            path = URI.create("http://x" + rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null || path.indexOf('\0') >= 0 || path.contains("\\") || path.contains("..")) {
            return null;
        }
        return path.substring(1);
    }

    static Path resolve(Path site, String rawPath) {
        String rel = requested(rawPath);
        if (rel == null) {
            return null;
        }
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel += "index.html";
        }
        Path file = site.resolve(rel).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(site) && Files.isRegularFile(real) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }
}

package org.studysite.resolve;


/** Site-relative URLs and the relative hrefs between them, so a site works from any sub-path and file://. */
public final class Urls {
    private Urls() {
    }

    /** "../" repeated once per folder of {@code pageUrl}: the way back to the site root. */
    public static String rootPrefix(String pageUrl) {
        int depth = (int) pageUrl.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The href from page {@code from} to site URL {@code to} (which may carry a #fragment). */
    public static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/", -1);
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder("../".repeat(a.length - 1 - common));
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]);
            if (i < b.length - 1) {
                sb.append('/');
            }
        }
        String rel = sb.toString();
        return encode(rel.isEmpty() ? "./" : rel);
    }

    /** Percent-encodes spaces and other characters not allowed in a URL path, keeping / # and existing %XX. */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
                    || c == '|' || c == '}') {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-decodes a link path ("My%20Note.md" → "My Note.md"); a '+' stays a '+', as in URL paths. */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Joins a folder ("a/b" or "") and a relative path with ./ and ../ segments; null if it climbs above root. */
    public static String join(String folder, String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        if (!path.startsWith("/") && !folder.isEmpty()) {
            for (String p : folder.split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** A content file on GitHub, opened for editing ("Edit this page", "Suggest a fix"); null without a repoUrl. */
    public static String edit(org.studysite.model.SiteConfig cfg, String sourcePath) {
        if (cfg.repoUrl() == null || cfg.repoUrl().isBlank()) {
            return null;
        }
        String dir = cfg.contentDir() == null || cfg.contentDir().isBlank() ? "" : cfg.contentDir().replaceAll("/+$", "") + "/";
        return cfg.repoUrl().replaceAll("/+$", "") + "/edit/" + cfg.branch() + "/" + dir + encode(sourcePath);
    }
}

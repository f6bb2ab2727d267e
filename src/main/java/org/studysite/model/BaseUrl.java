package org.studysite.model;

import java.util.regex.Pattern;

/**
 * The one rule for a site's base URL, wherever it is read (--base-url, site.yml's baseUrl): a path gets its
 * leading and trailing slash ({@code p/} → {@code /p/}), an http(s) URL its trailing slash
 * ({@code https://x.io/repo} → {@code https://x.io/repo/}); anything else is refused with a reason.
 */
public final class BaseUrl {
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://[A-Za-z0-9.-]+(:\\d+)?(/.*)?");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A normalised base URL, or why the text is not one. */
    public record Result(String url, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static final String HINT = "write a path like /repo/ or a URL like https://user.github.io/repo/";

    private BaseUrl() {
    }

    public static Result normalize(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return new Result("/", null);
        }
        if (s.startsWith("//")) {
            return refuse("`" + s + "` has no scheme: write https:" + s);
        }
        String path = s;
        String origin = "";
        if (SCHEME.matcher(s).find()) {
            if (!ABSOLUTE.matcher(s).matches()) {
                return refuse("`" + s + "` is not an http(s) URL or a path");
            }
            int slash = s.indexOf('/', s.indexOf("//") + 2);
            origin = slash < 0 ? s : s.substring(0, slash);
            path = slash < 0 ? "/" : s.substring(slash);
        }
        for (char c : path.toCharArray()) {
            if (c <= 0x20 || c == 0x7f || "\\?#\"<>'`".indexOf(c) >= 0) {
                return refuse("`" + s + "` contains `" + (c <= 0x20 ? "a space or control character" : c)
                        + "`, which a base URL cannot hold");
            }
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return refuse("`" + s + "` has a `" + segment + "` segment");
            }
        }
        path = (path.startsWith("/") ? "" : "/") + path + (path.endsWith("/") ? "" : "/");
        return new Result(origin + path.replaceAll("/{2,}", "/"), null);
    }

    private static Result refuse(String why) {
        return new Result(null, why);
    }
}

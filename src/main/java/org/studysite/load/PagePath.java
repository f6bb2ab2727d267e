package org.studysite.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for text that becomes a path in the output folder: a note's {@code id}, {@code slug} or
 * {@code permalink}, a quiz's or exam's {@code id}. It must stay inside the site and be a name every file system
 * and browser reads the same way, so nothing is written outside {@code --out} or at a path Windows or a web server
 * would read differently.
 */
final class PagePath {
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9", "conin$", "conout$");
    /** %2e . %2f / %5c \ %00 NUL: a server decodes them, so they are the traversal forms written in disguise. */
    private static final Pattern ENCODED = Pattern.compile("%(2e|2f|5c|00)", Pattern.CASE_INSENSITIVE);
    private static final String RESERVED = "<>:\"|?*#";

    private PagePath() {
    }

    /**
     * Why {@code value} cannot be placed in the site, or empty when it can.
     *
     * @param mayStartWithSlash whether a leading {@code /} means the site root (slug, permalink) rather than the
     *                          file-system root (an id)
     */
    static Optional<String> problem(String value, boolean mayStartWithSlash) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(c == 0 ? "contains a NUL character" : "contains a control character");
            }
            if (c == '\\') {
                return Optional.of("contains a backslash, which Windows and browsers read as a folder separator");
            }
            if (RESERVED.indexOf(c) >= 0) {
                return Optional.of("contains `" + c + "`, which cannot be part of a file name or a plain URL path");
            }
        }
        if (ENCODED.matcher(value).find()) {
            return Optional.of("contains a percent-encoded `.`, `/`, `\\` or NUL");
        }
        if (value.startsWith("/") && !mayStartWithSlash) {
            return Optional.of("is an absolute path");
        }
        for (String segment : value.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("has a `" + segment + "` segment, which would place the page outside its folder or the site");
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                return Optional.of("has a part ending in a dot or space (`" + segment + "`), which Windows drops");
            }
            String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
            if (DEVICES.contains(stem.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of("has `" + segment + "`, a Windows device name, as a part");
            }
        }
        return Optional.empty();
    }

    /** The hint that goes with every problem. */
    static String hint(String field) {
        return "write `" + field + "` as plain names joined by `/`, e.g. `guide/getting-started`";
    }
}

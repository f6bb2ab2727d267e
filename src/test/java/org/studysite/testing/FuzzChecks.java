package org.studysite.testing;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.studysite.diag.Diagnostic;
import org.studysite.model.SourcePosition;

/**
 * The invariants every fuzz target checks (see CONTRIBUTING.md, "Fuzzing"): a diagnostic names a file it is about
 * at a line within the file and a column within that line + 1; a page built from fuzzed input has no script but
 * our own, no {@code on*} handler, no {@code javascript:}/{@code vbscript:}/{@code data:text/html} URL and no frame.
 * A failed check throws {@link AssertionError}, which Jazzer reports as a finding.
 */
public final class FuzzChecks {
    private static final Set<String> FRAMES = Set.of("iframe", "frame", "frameset", "object", "embed");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "data",
            "poster", "background", "cite", "ping", "xlink:href", "manifest", "codebase");
    private static final Pattern BAD_URL = Pattern.compile("^(javascript:|vbscript:|data:text/html)");
    /**
     * Our own scripts (layout.ftlh): the site's root (relative, or the base path on 404.html) then assets/js/NAME.js,
     * search/…, or a page's bank (review.bank.js, exams/ID.bank.js). Never inline, never a content file.
     */
    private static final Pattern OWN_SCRIPT = Pattern.compile(
            "^(https?://[^/]+)?[\\w./~%-]*?(assets/js/[\\w.-]+\\.js|search/[\\w./-]+\\.js|[\\w-]+\\.bank\\.js|exams/[^/]+\\.bank\\.js)$");

    private FuzzChecks() {
    }

    /** Fuzz bytes as the content loader reads a file: UTF-8 (leniently), no byte-order mark, only {@code \n}. */
    public static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Every diagnostic is about one of {@code files} (path → text) and points inside it. */
    public static void positionsInRange(Collection<Diagnostic> diagnostics, Map<String, String> files) {
        for (Diagnostic d : diagnostics) {
            inRange(d.position(), files, d.format());
        }
    }

    /** A position (of a diagnostic, heading or link) is inside its file: line in the file, column in the line + 1. */
    public static void inRange(SourcePosition at, Map<String, String> files, String what) {
        String text = files.get(at.file());
        if (text == null) {
            throw new AssertionError("position in an unknown file " + at.where() + ": " + what);
        }
        String[] lines = text.split("\n", -1);
        if (at.line() < 1 || at.line() > lines.length) {
            throw new AssertionError("line " + at.line() + " outside 1.." + lines.length + ": " + what);
        }
        int width = lines[at.line() - 1].length();
        if (at.column() < 1 || at.column() > width + 1) {
            throw new AssertionError("column " + at.column() + " outside 1.." + (width + 1) + " of line " + at.line()
                    + ": " + what);
        }
    }

    /** An HTML fragment (rendered Markdown) with no script at all and nothing else that runs. */
    public static void safeFragment(String html) {
        check(Jsoup.parseBodyFragment(html).body(), false, html);
    }

    /** A whole page: only our own script elements (relative src, no body), and nothing else that runs. */
    public static void safePage(String html, String page) {
        check(Jsoup.parse(html), true, page);
    }

    private static void check(Element root, boolean ownScriptsAllowed, String where) {
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                boolean own = ownScriptsAllowed && e.data().isBlank() && OWN_SCRIPT.matcher(e.attr("src")).matches();
                if (!own) {
                    throw new AssertionError("script element " + e.outerHtml() + " in " + shorten(where));
                }
            }
            if (FRAMES.contains(tag)) {
                throw new AssertionError(tag + " element in " + shorten(where));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    throw new AssertionError("event handler " + name + " on <" + tag + "> in " + shorten(where));
                }
                // As a browser reads a URL (WHATWG URL parsing): leading and trailing controls and spaces go, tabs and
                // line breaks go anywhere; a space inside ("J  avascript:") leaves no scheme, a relative URL.
                String value = a.getValue().replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "")
                        .replaceAll("[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(name) && BAD_URL.matcher(value).find()) {
                    throw new AssertionError("script URL " + a + " on <" + tag + "> in " + shorten(where));
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}

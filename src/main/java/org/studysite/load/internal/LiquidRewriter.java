package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid: {@code {% raw %}}/{@code {% endraw %}} markers are dropped and what they enclose kept verbatim
 * (inside fenced code too, where Jekyll also removes them, since it runs Liquid before Markdown);
 * {@code {% highlight lang %}} … {@code {% endhighlight %}} becomes a code fence; {@code {% comment %}} hides what it
 * encloses; {@code {% link x.md %}} becomes the root-relative path {@code /x.md} (checked like any link);
 * {@code {{ site.baseurl }}} disappears; other tags and {@code {{ site.* }}} variables are dropped;
 * {@code {{ page.title }}} and {@code {{ page.description }}} are filled in.
 */
final class LiquidRewriter implements DialectRewriter {
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(end)?raw\\s*-?%}");
    private static final Pattern LINK = Pattern.compile("\\{%-?\\s*(?:link|post_url)\\s+([^\\s%]+)\\s*-?%}");
    private static final Pattern TAG = Pattern.compile("\\{%-?.*?-?%}");
    private static final Pattern BASEURL = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?}}");
    private static final Pattern PREPEND_BASEURL = Pattern.compile(
            "\\{\\{-?\\s*['\"]([^'\"]*)['\"]\\s*\\|\\s*(?:prepend:\\s*site\\.baseurl|relative_url|absolute_url)\\s*-?}}");
    private static final Pattern SITE_VAR = Pattern.compile("\\{\\{-?\\s*site\\.[\\w.]+\\s*-?}}");
    private static final Pattern TITLE_VAR = Pattern.compile("\\{\\{\\s*page\\.title\\s*}}");
    private static final Pattern DESCRIPTION_VAR = Pattern.compile("\\{\\{\\s*page\\.description\\s*}}");
    private static final Pattern HIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*-?%}\\s*$");
    private static final Pattern ENDHIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*endhighlight\\s*-?%}\\s*$");
    private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%}");
    private static final Pattern ENDCOMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern INLINE_COMMENT =
            Pattern.compile("\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}");
    /** Exactly one line break inside: {@code \\s*} would also take blank lines, and the rewrite keeps only one. */
    private static final Pattern SPLIT_BASEURL = Pattern.compile("\\{\\{[ \\t]*\\n[ \\t]*site\\.baseurl[ \\t]*}}");

    @Override
    public List<String> markers() {
        return List.of("{%", "{{");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        Scan scan = new Scan(page);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            scan.line(line, out);
        }
        scan.finish(out);
        String joined = String.join("\n", out);
        return joined.contains("{{") ? List.of(splitBaseUrl(joined).split("\n", -1)) : out;
    }

    /** The state of one body's scan. */
    private static final class Scan {
        private final Page page;
        private final CodeFences fences = new CodeFences();
        private boolean inHighlight;   // inside {% highlight %} … {% endhighlight %}
        private boolean inRaw;         // inside {% raw %} … {% endraw %}
        private boolean inComment;     // inside {% comment %} … {% endcomment %}
        private int codeMarkerLines;   // {% raw %} lines taken out of the open code, added back after it

        Scan(Page page) {
            this.page = page;
        }

        void line(String line, List<String> out) {
            if (inHighlight) {
                if (ENDHIGHLIGHT.matcher(line).matches()) {
                    inHighlight = false;
                    out.add("````");
                    flushMarkerLines(out);
                } else {
                    code(line, out);
                }
                return;
            }
            if (!fences.inCode() && !inRaw && line.contains("{%")) {
                Matcher h = HIGHLIGHT.matcher(line);
                if (h.matches()) {
                    inHighlight = true;
                    out.add("````" + h.group(1));
                    return;
                }
            }
            switch (fences.step(line)) {
                case CODE -> code(line, out);
                case FENCE_CLOSE -> {
                    out.add(line);
                    flushMarkerLines(out);
                }
                case FENCE_OPEN -> out.add(inRaw ? RAW.matcher(line).replaceAll("") : line);
                default -> text(line, out);
            }
        }

        /** Code still open at the end of the body (a fence never closed): its marker lines come back at the end. */
        void finish(List<String> out) {
            flushMarkerLines(out);
        }

        /** The marker lines taken out of the code come back as blank lines after it: same line count. */
        private void flushMarkerLines(List<String> out) {
            for (; codeMarkerLines > 0; codeMarkerLines--) {
                out.add("");
            }
        }

        /**
         * Removes {@code {% raw %}} (outside a raw region) and {@code {% endraw %}} (inside one) from a line of
         * code, as Liquid does; inside a raw region a further {@code {% raw %}} is text, as in Liquid.
         */
        private void code(String line, List<String> out) {
            if (line.indexOf("{%") < 0) {
                out.add(line);
                return;
            }
            StringBuilder sb = new StringBuilder();
            Matcher m = RAW.matcher(line);
            int at = 0;
            boolean found = false;
            while (m.find()) {
                boolean end = m.group(1) != null;
                if (end == inRaw) {
                    sb.append(line, at, m.start());
                    at = m.end();
                    inRaw = !end;
                    found = true;
                }
            }
            String text = sb.append(line.substring(at)).toString();
            if (found && text.isBlank()) {
                codeMarkerLines++;
            } else {
                out.add(text);
            }
        }

        private void text(String line, List<String> out) {
            if (inComment) {
                Matcher end = ENDCOMMENT.matcher(line);
                if (!end.find()) {
                    out.add("");
                    return;
                }
                inComment = false;
                line = line.substring(end.end());
            }
            if (!inRaw && line.contains("{%")) {
                line = INLINE_COMMENT.matcher(line).replaceAll("");
                Matcher open = COMMENT.matcher(line);
                if (open.find()) {
                    inComment = true;
                    line = line.substring(0, open.start());
                }
            }
            if (line.indexOf('{') < 0) {
                out.add(line);
                return;
            }
            // {% raw %} regions are copied without their markers; everything else is rewritten.
            StringBuilder kept = new StringBuilder();
            Matcher raw = RAW.matcher(line);
            int at = 0;
            while (raw.find()) {
                String piece = line.substring(at, raw.start());
                kept.append(inRaw ? piece : liquid(piece));
                inRaw = raw.group(1) == null;
                at = raw.end();
            }
            String rest = line.substring(at);
            out.add(kept.append(inRaw ? rest : liquid(rest)).toString());
        }

        private String liquid(String text) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            String t = PREPEND_BASEURL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            t = BASEURL.matcher(t).replaceAll("");
            t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement("/" + m.group(1).replaceFirst("^/", "")));
            t = TAG.matcher(t).replaceAll("");
            t = SITE_VAR.matcher(t).replaceAll("");
            if (page.title() != null) {
                t = TITLE_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(page.title()));
            }
            if (page.description() != null) {
                t = DESCRIPTION_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(page.description()));
            }
            return t;
        }
    }

    /** {@code {{\nsite.baseurl }}} written across two lines: drop it, keep the line break at the next space. */
    private static String splitBaseUrl(String text) {
        Matcher m = SPLIT_BASEURL.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(text, at, m.start());
            int space = text.indexOf(' ', m.end());
            int eol = text.indexOf('\n', m.end());
            if (space >= 0 && (eol < 0 || space < eol)) {
                sb.append(text, m.end(), space).append('\n');
                at = space + 1;
            } else {
                sb.append('\n');
                at = m.end();
            }
        }
        return sb.append(text.substring(at)).toString();
    }
}

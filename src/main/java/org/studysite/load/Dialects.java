package org.studysite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studysite.model.FrontMatter;

/**
 * Neutralises the template syntax that Markdown written for Jekyll (Liquid, kramdown), VitePress (Vue) and
 * Docusaurus (MDX/JSX) carries, so it does not leak into pages as text. Every change keeps the line count, so
 * positions reported later still point at the right line of the file. Fenced code is left as written (examples of
 * the syntax in code blocks stay), but for Liquid's raw markers, which Jekyll itself removes there.
 *
 * <ul>
 *   <li>Liquid: {@code {% raw %}}/{@code {% endraw %}} markers are dropped and what they enclose kept verbatim;
 *       {@code {% link x.md %}} becomes the root-relative path {@code /x.md} (checked like any link);
 *       {@code {{ site.baseurl }}} disappears; other tags ({@code {% include %}}, {@code {% if %}}, …) and other
 *       {@code {{ site.* }}} variables are dropped; {@code {{ page.title }}} becomes the title.</li>
 *   <li>kramdown: attribute lists on their own line ({@code {: .note }}) and after a link ({@code ){: .btn }}) are
 *       dropped, as is the {@code 1. TOC / {:toc}} list (the page has its own contents).</li>
 *   <li>VitePress: {@code {{ $frontmatter.title }}} becomes the title, {@code [[toc]]} is dropped, link
 *       attributes {@code ){target="_self"}} are dropped.</li>
 *   <li>Inside fenced code only Liquid's {@code {% raw %}}/{@code {% endraw %}} markers go (Jekyll reads Liquid
 *       before Markdown); a marker-only line is moved after the fence. kramdown span IALs ({@code **x**{:.title}})
 *       are dropped; a top-level Vue {@code <script setup>}/{@code <style>} block is blanked.</li>
 *   <li>MDX: {@code import}/{@code export} statements (up to the next blank line), one-line comments and
 *       {@code {expressions}} are dropped, a
 *       {@code ```mdx-code-block} fence is unwrapped (its content is Markdown), {@code <Tabs>} disappears and
 *       each {@code <TabItem label="X">} becomes a bold "X" label before its content.</li>
 * </ul>
 */
final class Dialects {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:>\\s*)*(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(end)?raw\\s*-?%}");
    private static final Pattern LIQUID_LINK =
            Pattern.compile("\\{%-?\\s*(?:link|post_url)\\s+([^\\s%]+)\\s*-?%}");
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?.*?-?%}");
    private static final Pattern BASEURL = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?}}");
    private static final Pattern PREPEND_BASEURL = Pattern.compile(
            "\\{\\{-?\\s*['\"]([^'\"]*)['\"]\\s*\\|\\s*(?:prepend:\\s*site\\.baseurl|relative_url|absolute_url)\\s*-?}}");
    private static final Pattern SITE_VAR = Pattern.compile("\\{\\{-?\\s*site\\.[\\w.]+\\s*-?}}");
    private static final Pattern TITLE_VAR =
            Pattern.compile("\\{\\{\\s*(?:page|\\$frontmatter|frontmatter)\\.title\\s*}}");
    private static final Pattern DESCRIPTION_VAR =
            Pattern.compile("\\{\\{\\s*(?:page|\\$frontmatter|frontmatter)\\.description\\s*}}");
    private static final Pattern IAL_LINE = Pattern.compile("^(\\s*(?:>\\s*)*)\\{:[^}]*}\\s*$");
    private static final Pattern TOC_ITEM = Pattern.compile("^\\s*(?:1\\.|[-*])\\s+TOC\\s*$");
    /** "){: .btn }" (kramdown) or "){target="_self"}" (markdown-it-attrs) right after a link. */
    /** kramdown span IAL right after an inline element: {@code **Title**{:.title}}, {@code `code`{:.x}}. */
    private static final Pattern SPAN_IAL = Pattern.compile("(?<=[*_`\\]])\\{:[^}]*}");
    /** A Vue single-file-component block opening at the start of a line: {@code <script setup>}, {@code <style scoped>}. */
    private static final Pattern SFC_BLOCK = Pattern.compile("^<(script|style)(?:\\s[^>]*)?>.*$");
    private static final Pattern LINK_ATTRS =
            Pattern.compile("\\)\\{(?::[^}]*|\\s*[.#][\\w-][^}]*|\\s*\\w+=[^}]*)}");
    private static final Pattern MODULE = Pattern.compile(
            "^(?:import\\s.*\\sfrom\\s|import\\s+['\"{]|export\\s+(?:const|default|function|let|var|\\{))");
    private static final Pattern TAB_ITEM = Pattern.compile("^(\\s*)<TabItem\\b([^>]*)>(.*?)(?:</TabItem>)?\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\blabel=[\"']([^\"']*)[\"']");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=[\"']([^\"']*)[\"']");
    /** MDX comments, {@code {/* like this *\/}}, on one line. */
    private static final Pattern MDX_COMMENT = Pattern.compile("\\{\\s*/\\*.*?\\*/\\s*}");
    private static final Pattern HIGHLIGHT_TAG = Pattern.compile("^\\s*\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*-?%}\\s*$");
    private static final Pattern ENDHIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*endhighlight\\s*-?%}\\s*$");
    /** The open "fence" of a {% highlight %} block: no fence line can close it, only {% endhighlight %}. */
    private static final String HIGHLIGHT = "{%";
    private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%}");
    private static final Pattern ENDCOMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern INLINE_COMMENT =
            Pattern.compile("\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern MARKDOWN_ATTR = Pattern.compile("\\smarkdown=[\"']?(?:1|block)\\b");
    private static final Pattern TABS_LINE = Pattern.compile("^\\s*</?(?:Tabs|TabItem)\\b[^>]*>\\s*$");

    private Dialects() {
    }

    static String normalize(String body, String file, FrontMatter fm) {
        boolean mdx = file.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
        if (!mdx && !hasDialectSyntax(body)) {
            return body; // most notes: nothing to rewrite, no per-line work
        }
        String title = fm.title();
        String[] lines = body.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        String fence = null;           // the open code fence ("```", "````", "~~~"), null outside code
        String mdxBlock = null;        // the open ```mdx-code-block fence, unwrapped
        boolean inRaw = false;         // inside {% raw %} … {% endraw %}
        boolean inComment = false;     // inside {% comment %} … {% endcomment %}
        boolean inModule = false;      // inside an MDX import/export statement
        String sfcBlock = null;        // "script" or "style" inside a top-level Vue SFC block
        int fenceMarkerLines = 0;      // {% raw %} lines dropped from the open fence, re-added after it
        // Open <div> lines inside a kramdown `<div markdown="1">`: true for that div, false for plain nested ones.
        java.util.Deque<Boolean> divs = new java.util.ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = line.contains("```") || line.contains("~~~") ? FENCE.matcher(line) : null;
            boolean fenceLine = f != null && f.matches();
            if (HIGHLIGHT.equals(fence) && ENDHIGHLIGHT.matcher(line).matches()) {
                fence = null;
                out.add("````");
                for (; fenceMarkerLines > 0; fenceMarkerLines--) {
                    out.add("");
                }
                continue;
            }
            if (fence != null) {
                if (fenceLine && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && f.group(2).isEmpty()) {
                    fence = null;
                    out.add(line);
                    // The marker lines taken out of the code come back as blank lines after it: same line count.
                    for (; fenceMarkerLines > 0; fenceMarkerLines--) {
                        out.add("");
                    }
                    continue;
                }
                // Jekyll runs Liquid before Markdown, so {% raw %} markers inside a fence never reach the reader
                // ("```html\n{% raw %}\n<ul>…" shows "<ul>…"); what they enclose stays verbatim.
                RawScan scan = rawInCode(line, inRaw);
                inRaw = scan.inRaw();
                if (scan.markerOnly()) {
                    fenceMarkerLines++;
                } else {
                    out.add(scan.text());
                }
                continue;
            }
            Matcher highlight = line.indexOf("{%") >= 0 && !inRaw ? HIGHLIGHT_TAG.matcher(line) : null;
            if (highlight != null && highlight.matches()) {
                // Jekyll's {% highlight ruby %} … {% endhighlight %} is a code block: a fence, not text.
                fence = HIGHLIGHT;
                out.add("````" + highlight.group(1));
                continue;
            }
            if (inModule) {
                inModule = !line.isBlank();
                out.add("");
                continue;
            }
            if (fenceLine) {
                if (mdxBlock != null && f.group(2).isEmpty() && f.group(1).equals(mdxBlock)) {
                    mdxBlock = null;
                    out.add("");
                    continue;
                }
                if (f.group(2).equals("mdx-code-block")) {
                    mdxBlock = f.group(1);
                    out.add("");
                    continue;
                }
                fence = f.group(1);
                out.add(inRaw ? stripRawMarkers(line) : line);
                continue;
            }
            if (sfcBlock != null) {
                sfcBlock = line.strip().startsWith("</" + sfcBlock) ? null : sfcBlock;
                out.add("");
                continue;
            }
            // Liquid {% comment %} … {% endcomment %}: what it encloses is never shown.
            if (inComment) {
                Matcher end = ENDCOMMENT.matcher(line);
                if (!end.find()) {
                    out.add("");
                    continue;
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
            if (!mdx && isPlain(line) && (i + 1 >= lines.length || lines[i + 1].indexOf('{') < 0)) {
                out.add(line); // no brace, tag or [[: none of the rewrites below can apply
                continue;
            }
            Matcher sfc = SFC_BLOCK.matcher(line);
            if (sfc.matches()) {
                // A VitePress page's <script setup>/<style> block is Vue code for the page's components, never
                // text: blank it (the sanitizer would drop it anyway), so a "# Title" after it is the page title.
                sfcBlock = line.contains("</" + sfc.group(1)) ? null : sfc.group(1);
                out.add("");
                continue;
            }
            if (mdx && MODULE.matcher(line).find()) {
                inModule = !line.isBlank();
                out.add("");
                continue;
            }
            // Liquid: {% raw %} regions are copied without their markers; everything else is neutralised.
            StringBuilder kept = new StringBuilder();
            Matcher raw = RAW.matcher(line);
            int at = 0;
            while (raw.find()) {
                String piece = line.substring(at, raw.start());
                kept.append(inRaw ? piece : liquid(piece, title, fm.description()));
                inRaw = raw.group(1) == null;
                at = raw.end();
            }
            String rest = line.substring(at);
            kept.append(inRaw ? rest : liquid(rest, title, fm.description()));
            line = kept.toString();
            if (inRaw) {
                out.add(line);
                continue;
            }
            // kramdown block attributes and the {:toc} list; VitePress [[toc]].
            if (TOC_ITEM.matcher(line).matches() && i + 1 < lines.length
                    && lines[i + 1].trim().matches("\\{:\\s*toc\\s*}")) {
                out.add("");
                continue;
            }
            if (markdownDiv(line, divs)) {
                out.add("");
                continue;
            }
            Matcher ial = IAL_LINE.matcher(line);
            if (ial.matches()) {
                out.add(ial.group(1).stripTrailing());
                continue;
            }
            if (line.trim().equals("[[toc]]")) {
                out.add("");
                continue;
            }
            line = LINK_ATTRS.matcher(line).replaceAll(")");
            if (line.contains("{:")) {
                line = SPAN_IAL.matcher(line).replaceAll("");
            }
            if (mdx) {
                line = MDX_COMMENT.matcher(line).replaceAll("");
                if (line.indexOf('{') >= 0) {
                    line = mdxExpressions(line);
                }
            }
            out.add(tabs(line));
        }
        String joined = String.join("\n", out);
        return joined.indexOf("{{") < 0 ? joined : splitBaseUrl(joined);
    }

    /** Whether anything below could apply: the markers every rewrite needs. */
    private static boolean hasDialectSyntax(String body) {
        return body.indexOf('{') >= 0 || body.contains("[[toc]]") || body.contains("markdown=")
                || body.contains("<script") || body.contains("<style") || body.contains("<Tab");
    }

    private static boolean isPlain(String line) {
        return line.indexOf('{') < 0 && line.indexOf('<') < 0 && line.indexOf('[') < 0;
    }

    /** {@code {{\nsite.baseurl }}} written across two lines: drop it, keep the line break at the next space. */
    private static String splitBaseUrl(String text) {
        Matcher m = Pattern.compile("\\{\\{\\s*\\n\\s*site\\.baseurl\\s*}}").matcher(text);
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

    private static String liquid(String text, String title, String description) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String t = PREPEND_BASEURL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = BASEURL.matcher(t).replaceAll("");
        t = LIQUID_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement("/" + m.group(1).replaceFirst("^/", "")));
        t = LIQUID_TAG.matcher(t).replaceAll("");
        t = SITE_VAR.matcher(t).replaceAll("");
        if (title != null) {
            t = TITLE_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(title));
        }
        if (description != null) {
            t = DESCRIPTION_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(description));
        }
        return t;
    }

    /** {@code <Tabs>} lines vanish; {@code <TabItem label="X">text</TabItem>} becomes "- **X**: text". */
    private static String tabs(String line) {
        if (line.indexOf('<') < 0 || !line.contains("Tab")) {
            return line;
        }
        Matcher item = TAB_ITEM.matcher(line);
        if (item.matches()) {
            Matcher label = LABEL.matcher(item.group(2));
            Matcher value = VALUE.matcher(item.group(2));
            String name = label.find() ? label.group(1) : value.find() ? value.group(1) : "";
            String content = item.group(3).strip();
            if (name.isEmpty()) {
                return item.group(1) + content;
            }
            return content.isEmpty() ? "**" + name + "**" : "- **" + name + "**: " + content;
        }
        return TABS_LINE.matcher(line).matches() ? "" : line;
    }

    /**
     * kramdown's {@code <div markdown="1">} … {@code </div>} (lines of their own) asks for Markdown inside the div.
     * CommonMark would read the whole block as raw HTML up to the next blank line, swallowing the Markdown and a
     * code fence that follows {@code </div>}; the two tag lines are blanked instead (the div's classes are
     * theme styling the sanitizer drops anyway). Returns whether this line is one of them.
     */
    private static boolean markdownDiv(String line, java.util.Deque<Boolean> divs) {
        String t = line.strip();
        if (t.startsWith("<div") && t.endsWith(">") && !t.contains("</div")) {
            boolean md = MARKDOWN_ATTR.matcher(t).find();
            if (md || !divs.isEmpty()) {
                divs.push(md);
            }
            return md;
        }
        if (t.equals("</div>") && !divs.isEmpty()) {
            return divs.pop();
        }
        return false;
    }

    /**
     * MDX evaluates {@code {…}} in text as a JavaScript expression ({@code {MyComponentSource}},
     * {@code {JSON.stringify(toc)}}, {@code {Object.entries(x).map(…)}}); we cannot, so an expression that closes on
     * its line is dropped, and a whitespace literal ({@code {' '}}, {@code {` `}}) becomes the space it stands for.
     * Code spans and heading ids ({@code {#my-id}}) are kept.
     */
    static String mdxExpressions(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < line.length() && line.charAt(run) == '`') {
                    run++;
                }
                String ticks = line.substring(i, run);
                int close = line.indexOf(ticks, run);
                int end = close < 0 ? run : close + ticks.length();
                sb.append(line, i, end);
                i = end;
                continue;
            }
            if (c == '{' && !line.startsWith("#", skipSpaces(line, i + 1))) {
                int close = matchingBrace(line, i);
                if (close > 0) {
                    String expr = line.substring(i + 1, close).strip();
                    boolean space = expr.length() >= 2 && expr.charAt(0) == expr.charAt(expr.length() - 1)
                            && "'\"`".indexOf(expr.charAt(0)) >= 0 && expr.substring(1, expr.length() - 1).isBlank();
                    sb.append(space ? " " : "");
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The index of the brace closing the one at {@code open} on this line (strings skipped), or -1. */
    private static int matchingBrace(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** One line of fenced code after Liquid's raw handling: its text, whether it was only markers, the state. */
    private record RawScan(String text, boolean markerOnly, boolean inRaw) {
    }

    /**
     * Removes {@code {% raw %}} (outside a raw region) and {@code {% endraw %}} (inside one) from a line of code,
     * as Liquid does; inside a raw region a further {@code {% raw %}} is text, as in Liquid.
     */
    private static RawScan rawInCode(String line, boolean inRaw) {
        if (line.indexOf("{%") < 0) {
            return new RawScan(line, false, inRaw);
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
        sb.append(line.substring(at));
        String text = sb.toString();
        return new RawScan(text, found && text.isBlank(), inRaw);
    }

    private static String stripRawMarkers(String line) {
        return RAW.matcher(line).replaceAll("");
    }
}

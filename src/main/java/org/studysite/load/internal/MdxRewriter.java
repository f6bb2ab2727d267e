package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus MDX/JSX. In {@code .mdx} files: {@code import}/{@code export} statements (up to the next blank line),
 * one-line comments and {@code {expressions}} are dropped. In every file: a {@code ```mdx-code-block} fence is
 * unwrapped (its content is Markdown), {@code <Tabs>} disappears and each {@code <TabItem label="X">} becomes a bold
 * "X" label before its content.
 */
final class MdxRewriter implements DialectRewriter {
    private static final Pattern MODULE = Pattern.compile(
            "^(?:import\\s.*\\sfrom\\s|import\\s+['\"{]|export\\s+(?:const|default|function|let|var|\\{))");
    private static final Pattern TAB_ITEM = Pattern.compile("^(\\s*)<TabItem\\b([^>]*)>(.*?)(?:</TabItem>)?\\s*$");
    private static final Pattern TABS_LINE = Pattern.compile("^\\s*</?(?:Tabs|TabItem)\\b[^>]*>\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\blabel=[\"']([^\"']*)[\"']");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=[\"']([^\"']*)[\"']");
    /** MDX comments, {@code {/* like this *\/}}, on one line. */
    private static final Pattern COMMENT = Pattern.compile("\\{\\s*/\\*.*?\\*/\\s*}");

    @Override
    public List<String> markers() {
        return List.of("<Tab", CodeFences.MDX_BLOCK);
    }

    @Override
    public boolean always(Page page) {
        return page.mdx();
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        boolean mdx = page.mdx();
        CodeFences fences = new CodeFences();
        boolean inModule = false; // inside an import/export statement
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (inModule) {
                inModule = !line.isBlank();
                out.add("");
                continue;
            }
            switch (fences.step(line)) {
                case CODE, FENCE_OPEN, FENCE_CLOSE -> out.add(line);
                case MDX_BLOCK_MARKER -> out.add("");
                default -> {
                    if (mdx && MODULE.matcher(line).find()) {
                        inModule = !line.isBlank();
                        out.add("");
                    } else {
                        out.add(tabs(mdx ? expressionsDropped(line) : line));
                    }
                }
            }
        }
        return out;
    }

    private static String expressionsDropped(String line) {
        if (line.indexOf('{') < 0) {
            return line;
        }
        String t = COMMENT.matcher(line).replaceAll("");
        return t.indexOf('{') < 0 ? t : expressions(t);
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
     * MDX evaluates {@code {…}} in text as a JavaScript expression ({@code {MyComponentSource}},
     * {@code {JSON.stringify(toc)}}); we cannot, so an expression that closes on its line is dropped, and a
     * whitespace literal ({@code {' '}}, {@code {` `}}) becomes the space it stands for. Code spans and heading ids
     * ({@code {#my-id}}) are kept.
     */
    static String expressions(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < line.length() && line.charAt(run) == '`') {
                    run++;
                }
                int close = line.indexOf(line.substring(i, run), run);
                int end = close < 0 ? run : close + (run - i);
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
}

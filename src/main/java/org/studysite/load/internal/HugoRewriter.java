package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes ({@code {{< name args >}}}, {@code {{% name args %}}}), as the themes study notes use them
 * (hugo-book, Relearn, Docsy): callouts ({@code hint}, {@code notice}, {@code alert}, …) become {@code :::kind Title}
 * containers and collapsibles ({@code details}, {@code expand}) {@code ::: details Title}, both read by the callout
 * parser; {@code highlight} and {@code mermaid} become code fences; a {@code tab} shows its label in bold;
 * {@code figure} becomes an image; {@code ref}/{@code relref} become the linked path, which is then checked like any
 * link. Any other shortcode is dropped rather than printed. Shortcodes inside code are examples and stay.
 */
final class HugoRewriter implements DialectRewriter {
    private static final Pattern SHORTCODE =
            Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*(\\w[\\w./-]*)((?:[^}\"`]|\"[^\"]*\"|`[^`]*`)*?)\\s*[>%]}}");
    private static final Pattern PARAM = Pattern.compile("(?:(\\w+)=)?(\"[^\"]*\"|`[^`]*`|[^\\s\"`]+)");
    private static final Set<String> CALLOUTS = Set.of("hint", "notice", "alert", "callout", "admonition", "note",
            "tip", "info", "warning", "danger", "caution", "important");
    private static final Set<String> COLLAPSIBLES = Set.of("details", "expand", "collapse", "spoiler");

    @Override
    public List<String> markers() {
        return List.of("{{<", "{{%");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        CodeFences fences = new CodeFences();
        List<String> out = new ArrayList<>(lines.size());
        String openCode = null; // the shortcode whose content is code (highlight, mermaid), until it closes
        for (String line : lines) {
            if (openCode != null) {
                Matcher m = wholeLine(line);
                if (m != null && m.group(2).equals("/") && m.group(3).equals(openCode)) {
                    openCode = null;
                    out.add("```");
                } else {
                    out.add(line);
                }
            } else if (fences.isCode(line)) {
                out.add(unescaped(line));
            } else {
                Matcher m = wholeLine(line);
                if (m != null && m.group(2).isEmpty() && isCodeShortcode(m.group(3))) {
                    openCode = m.group(3);
                    out.add(indent(line) + "```" + codeLanguage(m.group(3), params(m.group(4))));
                } else {
                    out.add(m != null ? indent(line) + block(m) : unescaped(inline(line)));
                }
            }
        }
        return out;
    }

    private static Matcher wholeLine(String line) {
        if (!line.contains("{{")) {
            return null;
        }
        Matcher m = SHORTCODE.matcher(line.strip());
        return m.matches() ? m : null;
    }

    private static boolean isCodeShortcode(String name) {
        return name.equals("highlight") || name.equals("mermaid");
    }

    private static String codeLanguage(String name, Params p) {
        return name.equals("mermaid") ? "mermaid" : p.positional(0, "");
    }

    /** A shortcode alone on its line: a container's opening or closing line, a tab label, an image, or nothing. */
    private static String block(Matcher m) {
        String name = m.group(3).toLowerCase(Locale.ROOT);
        boolean closing = m.group(2).equals("/");
        Params p = params(m.group(4));
        if (CALLOUTS.contains(name)) {
            return closing ? ":::" : ":::" + calloutType(name, p) + title(p, 1);
        }
        if (COLLAPSIBLES.contains(name)) {
            boolean open = p.positional.contains("open") || p.named("open", "false").equals("true");
            return closing ? ":::" : "::: details" + title(p, 0) + (open ? " {open}" : "");
        }
        if (name.equals("tab") && !closing) {
            String label = p.named("name", p.named("title", p.positional(0, "")));
            return label.isEmpty() ? "" : "**" + label + "**";
        }
        if (name.equals("figure") && !closing && !p.named("src", "").isEmpty()) {
            return "![" + p.named("alt", p.named("caption", p.named("title", ""))) + "](" + p.named("src", "") + ")";
        }
        return inline(m.group());
    }

    private static String calloutType(String name, Params p) {
        String kind = p.named("type", p.named("color", p.named("style", "")));
        if (kind.isEmpty() && (name.equals("hint") || name.equals("notice") || name.equals("callout")
                || name.equals("admonition") || name.equals("alert"))) {
            kind = p.positional(0, "note");
        }
        return kind.isEmpty() ? name : kind;
    }

    /** " Title" from title=/summary= or the positional argument at index, "" when there is none. */
    private static String title(Params p, int index) {
        String t = p.named("title", p.named("summary", p.positional(index, "")));
        return t.isEmpty() ? "" : " " + t;
    }

    /** Inline shortcodes in running text: ref/relref become their path, every other one goes. */
    private static String inline(String line) {
        if (!line.contains("{{")) {
            return line;
        }
        Matcher m = SHORTCODE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(3);
            String replacement = m.group(2).isEmpty() && (name.equals("ref") || name.equals("relref"))
                    ? params(m.group(4)).positional(0, "") : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A shortcode with a comment inside its delimiters is how Hugo docs show one without running it: shown bare. */
    private static String unescaped(String line) {
        if (!line.contains("{{</*") && !line.contains("{{%/*")) {
            return line;
        }
        return line.replace("{{</* ", "{{< ").replace("{{</*", "{{<").replace(" */>}}", " >}}").replace("*/>}}", ">}}")
                .replace("{{%/* ", "{{% ").replace("{{%/*", "{{%").replace(" */%}}", " %}}").replace("*/%}}", "%}}");
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static Params params(String args) {
        Params p = new Params(new ArrayList<>(), new LinkedHashMap<>());
        Matcher m = PARAM.matcher(args);
        while (m.find()) {
            String v = m.group(2);
            if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("`"))) {
                v = v.substring(1, v.length() - 1);
            }
            if (m.group(1) != null) {
                p.named.put(m.group(1).toLowerCase(Locale.ROOT), v.strip());
            } else {
                p.positional.add(v.strip());
            }
        }
        return p;
    }

    private record Params(List<String> positional, Map<String, String> named) {
        String positional(int i, String otherwise) {
            return i < positional.size() ? positional.get(i) : otherwise;
        }

        String named(String key, String otherwise) {
            return named.getOrDefault(key, otherwise);
        }
    }
}

package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian wikilinks, as vaults of study notes are written: {@code [[Note]]}, {@code [[Note|shown text]]},
 * {@code [[Note#Heading]]}, {@code [[#Heading]]} and embeds {@code ![[diagram.png]]} / {@code ![[diagram.png|300]]}
 * become Markdown links and images whose destination is {@code wiki:TARGET#HEADING}. Obsidian finds a target by
 * its file name anywhere in the vault, not by a path, so resolve (LinkChecker) looks it up by name and checks it like
 * any link; a wikilink that finds nothing is a broken link at its line. An embedded note ({@code ![[Note]]}) is
 * shown as a link to it. Inline code and fenced code are left as written.
 */
final class ObsidianRewriter implements DialectRewriter {
    static final String SCHEME = "wiki:";
    private static final Pattern WIKILINK = Pattern.compile("(!?)\\[\\[([^\\[\\]|#\\n]*)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]]");
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|avif|bmp)$");
    private static final Pattern WIDTH = Pattern.compile("\\d+(x\\d+)?");

    @Override
    public List<String> markers() {
        return List.of("[[");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        CodeFences fences = new CodeFences();
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (fences.isCode(line) || !line.contains("[[")) {
                out.add(line);
            } else {
                // GitLab's table of contents marker, not a note: the page has its own contents.
                out.add(line.strip().equalsIgnoreCase("[[_TOC_]]") ? "" : outsideCodeSpans(line));
            }
        }
        return out;
    }

    /** Rewrites the parts of a line between `code spans`. */
    private static String outsideCodeSpans(String line) {
        StringBuilder sb = new StringBuilder();
        String[] parts = line.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('`');
            }
            boolean code = i % 2 == 1 && i < parts.length - 1;
            sb.append(code ? parts[i] : links(parts[i]));
        }
        return sb.toString();
    }

    private static String links(String text) {
        Matcher m = WIKILINK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(link(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String link(Matcher m) {
        boolean embed = !m.group(1).isEmpty();
        String target = m.group(2).strip();
        String heading = m.group(3) == null ? null : m.group(3).strip();
        String alias = m.group(4) == null ? null : m.group(4).strip();
        if (target.isEmpty() && (heading == null || heading.isEmpty()) || target.equalsIgnoreCase("toc") && heading == null) {
            return m.group(); // [[]] is nothing to link; [[toc]] is markdown-it's table of contents, not a note
        }
        String destination = "<" + SCHEME + escape(target) + (heading == null ? "" : "#" + escape(heading)) + ">";
        if (embed && IMAGE.matcher(target).matches()) {
            String alt = alias == null || WIDTH.matcher(alias).matches() ? fileName(target) : alias;
            return "![" + text(alt) + "](" + destination + ")";
        }
        String shown = alias != null && !alias.isEmpty() ? alias
                : target.isEmpty() ? heading : heading == null ? fileName(target) : fileName(target) + " > " + heading;
        return "[" + text(shown) + "](" + destination + ")";
    }

    /** "folder/Note.md" → "Note". */
    private static String fileName(String target) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Link text as written, its brackets escaped so they cannot end the link early. */
    private static String text(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** A destination in angle brackets may hold spaces, but not angle brackets or a line break. */
    private static String escape(String s) {
        return s.replace("<", "%3C").replace(">", "%3E");
    }
}

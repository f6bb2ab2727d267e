package org.studysite.load.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown (Jekyll, Just the Docs): attribute lists on their own line ({@code {: .note }}) and after an inline
 * element ({@code **Title**{:.title}}) are dropped, as is the {@code 1. TOC} / {@code {:toc}} list (the page has its
 * own contents); the lines of a {@code <div markdown="1">} are blanked so its content is read as Markdown.
 */
final class KramdownRewriter implements DialectRewriter {
    private static final Pattern IAL_LINE = Pattern.compile("^(\\s*(?:>\\s*)*)\\{:[^}]*}\\s*$");
    private static final Pattern TOC_ITEM = Pattern.compile("^\\s*(?:1\\.|[-*])\\s+TOC\\s*$");
    private static final Pattern TOC_IAL = Pattern.compile("\\{:\\s*toc\\s*}");
    /** A span IAL right after an inline element: {@code **Title**{:.title}}, {@code `code`{:.x}}. */
    private static final Pattern SPAN_IAL = Pattern.compile("(?<=[*_`\\]])\\{:[^}]*}");
    private static final Pattern MARKDOWN_ATTR = Pattern.compile("\\smarkdown=[\"']?(?:1|block)\\b");

    @Override
    public List<String> markers() {
        return List.of("{:", "markdown=");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        CodeFences fences = new CodeFences();
        // Open <div> lines inside a `<div markdown="1">`: true for that div, false for plain nested ones.
        Deque<Boolean> divs = new ArrayDeque<>();
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line)) {
                out.add(line);
            } else if (TOC_ITEM.matcher(line).matches() && i + 1 < lines.size()
                    && TOC_IAL.matcher(lines.get(i + 1).trim()).matches()) {
                out.add("");
            } else if (markdownDiv(line, divs)) {
                out.add("");
            } else {
                Matcher ial = IAL_LINE.matcher(line);
                if (ial.matches()) {
                    out.add(ial.group(1).stripTrailing());
                } else {
                    out.add(line.contains("{:") ? SPAN_IAL.matcher(line).replaceAll("") : line);
                }
            }
        }
        return out;
    }

    /**
     * {@code <div markdown="1">} … {@code </div>} (lines of their own) asks for Markdown inside the div. CommonMark
     * would read the whole block as raw HTML up to the next blank line, swallowing the Markdown and a code fence
     * that follows {@code </div>}; the two tag lines are blanked instead (the div's classes are theme styling the
     * sanitizer drops anyway). Returns whether this line is one of them.
     */
    private static boolean markdownDiv(String line, Deque<Boolean> divs) {
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
}

package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Material for MkDocs (Python-Markdown extensions) outside what the parser reads itself (admonitions, details and
 * tabs are a block extension): icon shortcodes ({@code :octicons-heart-24:}, {@code :material-check:}) are dropped,
 * as they name icons we do not ship; attribute lists ({@code [Button](x.md){ .md-button }},
 * {@code `note`{: #note }}, a {@code { .class }} line) are dropped; a definition ({@code :   text} under a term)
 * becomes a list item under the term's paragraph, so what it holds (often an admonition) is still read; a
 * {@code [TOC]} line is dropped, as the page has its own contents.
 */
final class MkDocsRewriter implements DialectRewriter {
    private static final Pattern ICON = Pattern.compile(":(?:octicons|material|fontawesome|simple)-[a-z0-9-]+:(?:\\{:?[ \\t]*[.#][^}]*})?");
    /** An attribute list right after an inline element: starts with a class, an id or key=value. */
    private static final Pattern SPAN_ATTRS = Pattern.compile("(?<=[*_`\\]):)])\\{:?[ \\t]*[.#\\w][\\w\\-#. =\"':]*}");
    private static final Pattern ATTRS_LINE = Pattern.compile("^\\s*\\{:?[ \\t]*[.#][^}]*}\\s*$");
    /** Python-Markdown's (and Typora's) table of contents marker: the page has its own. */
    private static final Pattern TOC_LINE = Pattern.compile("^\\s*\\[(?:TOC|toc)]\\s*$");
    private static final Pattern DEFINITION = Pattern.compile("^( {0,3}):( {1,3}\\S.*)$");

    @Override
    public List<String> markers() {
        return List.of(":octicons-", ":material-", ":fontawesome-", ":simple-", "{ .", "{: ", "\n:   ", "[TOC]", "[toc]");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        CodeFences fences = new CodeFences();
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line)) {
                out.add(line);
            } else if (ATTRS_LINE.matcher(line).matches() || TOC_LINE.matcher(line).matches()) {
                out.add("");
            } else {
                String t = ICON.matcher(line).replaceAll("");
                t = SPAN_ATTRS.matcher(t).replaceAll("");
                var definition = DEFINITION.matcher(t);
                if (definition.matches() && underATerm(out)) {
                    t = definition.group(1) + "-" + definition.group(2);
                }
                out.add(t);
            }
        }
        return out;
    }

    /** The line above (past one blank line) is a term: text that is not itself a block marker. */
    private static boolean underATerm(List<String> above) {
        int i = above.size() - 1;
        if (i >= 0 && above.get(i).isBlank()) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String prev = above.get(i).strip();
        return !prev.isEmpty() && !prev.startsWith("#") && !prev.startsWith(">") && !prev.startsWith("|")
                || DEFINITION.matcher(above.get(i)).matches();
    }
}

package org.studysite.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VitePress (Vue): a page's top-level {@code <script setup>}/{@code <style>} block is blanked (it is code for the
 * page's components, never text, and a "# Title" after it is then the page title); {@code [[toc]]} is dropped;
 * markdown-it-attrs lists after a link ({@code ){target="_self"}}, and kramdown's {@code ){: .btn }}) are dropped;
 * {@code {{ $frontmatter.title }}} and {@code {{ $frontmatter.description }}} are filled in.
 */
final class VitePressRewriter implements DialectRewriter {
    private static final Pattern SFC_BLOCK = Pattern.compile("^<(script|style)(?:\\s[^>]*)?>.*$");
    private static final Pattern LINK_ATTRS =
            Pattern.compile("\\)\\{(?::[^}]*|\\s*[.#][\\w-][^}]*|\\s*\\w+=[^}]*)}");
    private static final Pattern TITLE_VAR = Pattern.compile("\\{\\{\\s*\\$?frontmatter\\.title\\s*}}");
    private static final Pattern DESCRIPTION_VAR = Pattern.compile("\\{\\{\\s*\\$?frontmatter\\.description\\s*}}");

    @Override
    public List<String> markers() {
        return List.of("<script", "<style", "[[toc]]", "){", "frontmatter.");
    }

    @Override
    public List<String> rewrite(List<String> lines, Page page) {
        CodeFences fences = new CodeFences();
        String block = null; // "script" or "style" inside a top-level component block
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (block != null) {
                block = line.strip().startsWith("</" + block) ? null : block;
                out.add("");
                continue;
            }
            if (fences.isCode(line)) {
                out.add(line);
                continue;
            }
            Matcher sfc = SFC_BLOCK.matcher(line);
            if (sfc.matches()) {
                block = line.contains("</" + sfc.group(1)) ? null : sfc.group(1);
                out.add("");
            } else if (line.trim().equals("[[toc]]")) {
                out.add("");
            } else {
                out.add(line.indexOf('{') < 0 ? line : variables(LINK_ATTRS.matcher(line).replaceAll(")"), page));
            }
        }
        return out;
    }

    private static String variables(String line, Page page) {
        String t = line;
        if (page.title() != null) {
            t = TITLE_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(page.title()));
        }
        if (page.description() != null) {
            t = DESCRIPTION_VAR.matcher(t).replaceAll(Matcher.quoteReplacement(page.description()));
        }
        return t;
    }
}

package org.studysite.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * The source file as lines, and the one way prompts and explanations are cut out of it: whole source lines,
 * common indentation removed. Cutting source (instead of re-rendering the AST) keeps the author's Markdown as
 * written: code fences, nested lists, tables, blank lines inside code.
 */
final class SourceText {
    private static final Pattern DETAILS_TAGS =
            Pattern.compile("</?details[^>]*>|<summary[^>]*>.*?</summary>", Pattern.CASE_INSENSITIVE);

    private final List<String> lines;

    SourceText(String markdown) {
        this.lines = lines(markdown);
    }

    /**
     * Normalised lines: no BOM, '\n' line ends, and YAML front matter blanked out (not removed, so line
     * numbers stay true) because CommonMark would read "key: value" followed by "---" as a heading.
     */
    static List<String> lines(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                    for (int j = 0; j <= i; j++) {
                        lines.set(j, "");
                    }
                    break;
                }
            }
        }
        return lines;
    }

    String joined() {
        return String.join("\n", lines);
    }

    /**
     * The given source lines plus the blank lines between them, as Markdown: lines not in the set that are not
     * blank (a {@code </details>}, an answer line) are left out, the common indentation is removed.
     */
    String cut(SortedSet<Integer> lineNumbers) {
        if (lineNumbers.isEmpty()) {
            return "";
        }
        List<String> picked = new ArrayList<>();
        for (int i = lineNumbers.first(); i <= lineNumbers.last(); i++) {
            String line = DETAILS_TAGS.matcher(lines.get(i)).replaceAll("");
            if (lineNumbers.contains(i) ? !line.isBlank() || lines.get(i).isBlank() : lines.get(i).isBlank()) {
                picked.add(line.stripTrailing());
            }
        }
        return dedent(picked);
    }

    private static String dedent(List<String> picked) {
        int indent = picked.stream().filter(l -> !l.isBlank()).mapToInt(SourceText::leadingSpaces).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : picked) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}

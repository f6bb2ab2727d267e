package org.studysite.load;

/**
 * MDX files (Docusaurus) are read as Markdown. Their top-level {@code import}/{@code export} lines are JavaScript
 * module code and would otherwise show up as text; they are blanked (not removed) so line numbers stay right.
 */
final class Mdx {
    private Mdx() {
    }

    static String stripModuleLines(String body) {
        StringBuilder out = new StringBuilder(body.length());
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            String t = line.stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
            }
            boolean module = !inFence && line.equals(t) && (t.startsWith("import ") || t.startsWith("export "));
            out.append(module ? "" : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}

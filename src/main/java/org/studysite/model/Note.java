package org.studysite.model;

import java.util.List;

/**
 * A Markdown study note as loaded: where it came from, its front matter, and its body's outline and compiled HTML.
 *
 * @param id         front matter id, else the path without ".md" ("a/b/index.md" → "a/b")
 * @param sourcePath path relative to the content folder, forward slashes
 * @param htmlIds    the ids and names that raw HTML in the body gives elements ({@code <a id="x">}), anchors
 *                   beside the headings'; the Markdown itself is not kept (100 MB at 10,000 notes)
 * @param bodyLine   1-based line in the file where the body starts (after front matter), to map positions back
 * @param compiled   the body as HTML with link and quiz-embed slots, raw HTML already sanitized: render fills it
 */
public record Note(String id, String sourcePath, FrontMatter frontMatter, java.util.Set<String> htmlIds, int bodyLine,
                   Outline outline, CompiledBody compiled) {

    public String title() {
        if (frontMatter.title() != null) {
            return frontMatter.title();
        }
        if (outline.firstHeading() != null) {
            return outline.firstHeading();
        }
        String name = baseName(sourcePath);
        return name.replace('-', ' ').replace('_', ' ');
    }

    public String sidebarLabel() {
        return frontMatter.sidebarLabel() != null ? frontMatter.sidebarLabel() : title();
    }

    /** The folder this note lives in, relative to the content root ("" for the root). */
    public String folder() {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash);
    }

    public boolean isFolderIndex() {
        // index.md, index.mdx, README.md, README.MD: the same files NoteLoader gives their folder's id.
        String name = baseName(sourcePath);
        // A README is its folder's page only when NoteLoader gave it the folder's id (the folder has no index file).
        return isIndexName(name)
                || name.equalsIgnoreCase("README") && id.equals(folder().isEmpty() ? "index" : folder());
    }

    /** index (any case) or Hugo's _index: the names of a folder's own page. */
    public static boolean isIndexName(String baseName) {
        return baseName.equalsIgnoreCase("index") || baseName.equals("_index");
    }

    /** A Markdown file's name without folder and extension, whatever the extension's case: "a/README.MD" → "README". */
    public static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // Plain string tests, not a regex: resolve asks this of every note several times on every edit.
        for (String ext : MARKDOWN_EXTENSIONS) {
            if (name.regionMatches(true, name.length() - ext.length(), ext, 0, ext.length())) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    private static final List<String> MARKDOWN_EXTENSIONS = List.of(".md", ".mdx", ".markdown");
}

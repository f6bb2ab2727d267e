package org.studysite.load;

import java.util.Locale;

/** What each file in a content folder is, by its name. */
final class ContentFiles {
    private ContentFiles() {
    }

    /**
     * Folders that are never content: hidden ones, dependencies (node_modules; Bundler's vendor/bundle) and
     * Jekyll's machinery (its output _site, layouts, includes, Sass, data files), so a Jekyll or Docusaurus
     * project root can be pointed at directly.
     */
    private static final java.util.Set<String> NOT_CONTENT =
            java.util.Set.of("node_modules", "_site", "_layouts", "_includes", "_sass", "_data");

    static boolean isVisible(String rel) {
        if (rel.startsWith("vendor/bundle/") || rel.contains("/vendor/bundle/")) {
            return false;
        }
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || NOT_CONTENT.contains(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean isNote(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        // Docusaurus treats _-prefixed Markdown as partials to import, not pages; but Hugo's _index.md is a folder's page.
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx");
        return markdown && (!name.startsWith("_") || rel.substring(rel.lastIndexOf('/') + 1).startsWith("_index."));
    }

    /** index.md, index.mdx, index.markdown in any case, and Hugo's _index.md. */
    static boolean isIndexNote(String rel) {
        return isNote(rel) && org.studysite.model.Note.isIndexName(org.studysite.model.Note.baseName(rel));
    }

    static String folder(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    static boolean isCategory(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.equals("_category_.json") || name.equals("_category_.yml") || name.equals("_category_.yaml");
    }

    static boolean isJson(String rel) {
        return rel.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static boolean isExam(String rel) {
        return isJson(rel) && (rel.startsWith("exams/") || rel.contains("/exams/"));
    }

    static boolean looksLikeQuiz(String text) {
        return text.contains("\"questions\"");
    }

    static boolean isAsset(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String lower = rel.toLowerCase(Locale.ROOT);
        return !isNote(rel) && !isCategory(rel) && !name.equals("site.yml") && !name.startsWith("_")
                && !lower.endsWith(".md") && !lower.endsWith(".mdx");
    }
}

package org.studysite.load;

import java.util.Locale;

/** What each file in a content folder is, by its name. */
final class ContentFiles {
    private ContentFiles() {
    }

    static boolean isVisible(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.equals("node_modules")) {
                return false;
            }
        }
        return true;
    }

    static boolean isNote(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        // Docusaurus treats _-prefixed Markdown as partials to import, not pages.
        return (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) && !name.startsWith("_");
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

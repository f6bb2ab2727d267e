package org.studysite.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which importer reads a file: by its extension, and for ".txt" (Aiken, or GIFT as Moodle exports it) by its text. */
public final class Importers {
    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?im)^\\s*ANSWER\\s*:");
    private static final Pattern GIFT_ANSWERS = Pattern.compile("(?s)\\{[^}]*[~=][^}]*}");

    private Importers() {
    }

    /** Whether the import command reads files of this name (when it walks a folder: Markdown pages only). */
    public static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdx");
    }

    public static ImportResult importText(String text, String file, ImportOptions options) {
        String n = file.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gift")) {
            return GiftImporter.importGift(text, file, options);
        }
        if (n.endsWith(".txt")) {
            boolean gift = !AIKEN_ANSWER.matcher(text).find() && GIFT_ANSWERS.matcher(text).find();
            return gift ? GiftImporter.importGift(text, file, options) : AikenImporter.importAiken(text, file, options);
        }
        return MarkdownQuizImporter.importMarkdown(text, file, options);
    }
}

package org.studysite.resolve;

import org.studysite.model.SourcePosition;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Content;
import org.studysite.model.Note;

/** Gives every published note a unique id and URL; reports duplicates naming both files. */
final class PagePlacer {
    private PagePlacer() {
    }

    static Map<String, Note> byId(Content content, Diagnostics d) {
        Map<String, Note> byId = new LinkedHashMap<>();
        Map<String, Note> byUrl = new HashMap<>();
        for (Note note : content.notes()) {
            if (note.frontMatter().draft()) {
                continue;
            }
            Note other = byId.putIfAbsent(note.id(), note);
            if (other != null) {
                d.error(new SourcePosition(note.sourcePath(), 1, 1), "note id `" + note.id() + "` is also used by " + other.sourcePath(),
                        "give one of them a different `id` in its front matter, or rename the file");
                continue;
            }
            Note clash = byUrl.putIfAbsent(url(note), note);
            if (clash != null) {
                d.error(new SourcePosition(note.sourcePath(), 1, 1), "this note would be published at `" + url(note) + "`, like "
                        + clash.sourcePath(), "change its `slug` or `id`");
            }
        }
        return byId;
    }

    /** Site-relative URL: the slug if given (Docusaurus rules), else the id; folder pages are index.html. */
    static String url(Note note) {
        String slug = note.frontMatter().slug();
        if (slug != null && !slug.isBlank()) {
            String path = slug.startsWith("/") ? Urls.join("", slug) : Urls.join(note.folder(), slug);
            return path == null || path.isEmpty() ? "index.html" : stripHtml(path) + (slug.endsWith("/") ? "/index.html" : ".html");
        }
        if (note.id().equals("index")) {
            return "index.html";
        }
        return note.isFolderIndex() && note.frontMatter().id() == null ? note.id() + "/index.html" : note.id() + ".html";
    }

    private static String stripHtml(String p) {
        return p.endsWith(".html") ? p.substring(0, p.length() - 5) : p;
    }
}

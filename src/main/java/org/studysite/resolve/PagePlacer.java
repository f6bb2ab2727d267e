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
                d.error(idPosition(note), "note id `" + note.id() + "` is also used by " + idPosition(other).where(),
                        "give one of them a different `id` in its front matter, or rename the file");
                continue;
            }
            Note clash = byUrl.putIfAbsent(url(note), note);
            if (clash != null) {
                d.error(urlPosition(note), "this note would be published at `" + url(note) + "`, like "
                        + urlPosition(clash).where(), "change its `slug` or `id`");
            }
        }
        return byId;
    }

    /** Where a note's id comes from: its `id` field, else its file name (the file's start). */
    private static SourcePosition idPosition(Note note) {
        return note.frontMatter().position("id", note.sourcePath());
    }

    /** Where a note's URL comes from: its `slug` (or `permalink`), else its id. */
    private static SourcePosition urlPosition(Note note) {
        var positions = note.frontMatter().positions();
        return positions.containsKey("slug") ? positions.get("slug")
                : positions.containsKey("permalink") ? positions.get("permalink") : idPosition(note);
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

package org.studysite.load;

import org.commonmark.node.Node;
import org.studysite.diag.Diagnostics;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.FrontMatter;
import org.studysite.model.Note;
import org.studysite.model.Outline;

/** One Markdown file → one {@link Note}: front matter, body and outline. */
public final class NoteLoader {
    private final MarkdownSupport markdown;

    public NoteLoader(MarkdownSupport markdown) {
        this.markdown = markdown;
    }

    /** Loads one note; also the entry point for re-loading a single edited note. */
    public Note load(String rel, String text, Diagnostics diagnostics) {
        return load(rel, text, diagnostics, true);
    }

    /**
     * @param readmeIsIndex whether a README in this note's folder is the folder's page: true unless the folder also
     *                      has an index file (GitHub's rule; a repository root often has both)
     */
    public Note load(String rel, String text, Diagnostics diagnostics, boolean readmeIsIndex) {
        FrontMatterParser.Split split = FrontMatterParser.split(text, rel, diagnostics);
        String body = org.studysite.load.internal.Dialects.normalize(split.body(), rel, split.frontMatter().title(),
                split.frontMatter().description());
        Node document = markdown.parse(body);
        Outline outline = markdown.outline(document, rel, split.bodyLine());
        // Not an error: the container simply runs to the end, as an unclosed code fence does. But the rest of the
        // note then sits inside the box, which is rarely what was meant.
        outline.unclosedCallouts().forEach(at -> diagnostics.warning(at,
                "this `:::` container is never closed, so it runs to the end of the note",
                "add a line `:::` (as many colons as the opening line) where it should end"));
        return new Note(noteId(rel, split.frontMatter(), readmeIsIndex), rel, split.frontMatter(), htmlIds(body), split.bodyLine(), outline,
                markdown.compile(document));
    }

    private static final java.util.regex.Pattern HTML_ID =
            java.util.regex.Pattern.compile("\\s(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");

    /** The ids and names raw HTML in the body gives: link targets beside the headings. */
    static java.util.Set<String> htmlIds(String body) {
        if (body.indexOf('<') < 0) {
            return java.util.Set.of();
        }
        java.util.Set<String> ids = new java.util.TreeSet<>();
        java.util.regex.Matcher m = HTML_ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    /** Docusaurus rule: a front matter id replaces the file name; the folder stays. index.md is its folder. */
    static String noteId(String rel, FrontMatter fm, boolean readmeIsIndex) {
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        String name = Note.baseName(rel);
        if (fm.id() != null && !fm.id().isBlank()) {
            String id = fm.id().strip().replaceAll("^/+|/+$", "");
            return id.contains("/") || folder.isEmpty() ? id : folder + "/" + id;
        }
        if (Note.isIndexName(name) || readmeIsIndex && name.equalsIgnoreCase("README")) {
            return folder.isEmpty() ? "index" : folder;
        }
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}

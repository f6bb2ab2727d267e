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
        FrontMatterParser.Split split = FrontMatterParser.split(text, rel, diagnostics);
        String body = rel.endsWith(".mdx") ? Mdx.stripModuleLines(split.body()) : split.body();
        Node document = markdown.parse(body);
        Outline outline = markdown.outline(document, rel, split.bodyLine());
        return new Note(noteId(rel, split.frontMatter()), rel, split.frontMatter(), body, split.bodyLine(), outline);
    }

    /** Docusaurus rule: a front matter id replaces the file name; the folder stays. index.md is its folder. */
    static String noteId(String rel, FrontMatter fm) {
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        String name = rel.substring(rel.lastIndexOf('/') + 1).replaceFirst("\\.(md|markdown|mdx)$", "");
        if (fm.id() != null && !fm.id().isBlank()) {
            String id = fm.id().strip().replaceAll("^/+|/+$", "");
            return id.contains("/") || folder.isEmpty() ? id : folder + "/" + id;
        }
        if (name.equalsIgnoreCase("index") || name.equalsIgnoreCase("README")) {
            return folder.isEmpty() ? "index" : folder;
        }
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}

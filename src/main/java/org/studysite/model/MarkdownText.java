package org.studysite.model;

import java.util.List;

/**
 * A Markdown fragment of a quiz or exam file (a description, prompt, option, option {@code why} or explanation),
 * compiled once by the load stage as a note body is: parsed once, its HTML kept with every link URL as a numbered
 * slot ({@link CompiledBody}), and its links kept with their line:col in the JSON file, for resolve to check and
 * render to fill with URLs right for each page the fragment appears on.
 *
 * @param markdown the text as written (after JSON unescaping); search and the study-quality checks read it
 * @param file     the quiz or exam file it was written in, relative to the content folder: links are relative to it
 * @param compiled its HTML with link slots (raw HTML already sanitized), as for notes
 * @param links    every link and image destination, at its position in the JSON file
 */
public record MarkdownText(String markdown, String file, CompiledBody compiled, List<LinkRef> links) {
    public MarkdownText {
        links = List.copyOf(links);
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /** A blank text or none (absent field): nothing to show. */
    public static boolean isBlank(MarkdownText text) {
        return text == null || text.isBlank();
    }
}

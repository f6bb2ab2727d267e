package org.studysite.model;

import java.util.List;

/**
 * A flashcard of a quiz file: a front (one paragraph of Markdown, a term or a short question) and a back (Markdown,
 * any blocks). It is practised by recall rather than by choosing an option, but is stored, boxed and counted like a
 * question under the same key form "quiz#id", so its id shares the site-wide namespace of question ids.
 * domain is the card's own or, if absent, its quiz's (applied by the loader); domainPosition is where that
 * `domain` member is written, so a problem with it is reported there.
 */
public record Card(
        String id,
        MarkdownText front,
        MarkdownText back,
        String domain,
        List<String> tags,
        List<Ref> refs,
        SourcePosition position,
        SourcePosition domainPosition) {
}

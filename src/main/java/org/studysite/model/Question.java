package org.studysite.model;

import java.util.List;

/**
 * A quiz question. answer holds 0-based option indexes in source order; multiple is true for
 * select-all-that-apply questions (answer given as a list), even if the list has one letter.
 * domain is the question's own domain or, if absent, its quiz's (already applied by the loader); domainPosition is
 * where that `domain` member is written, so a problem with it is reported there.
 */
public record Question(
        String id,
        MarkdownText prompt,
        List<Option> options,
        List<Integer> answer,
        boolean multiple,
        boolean showCount,
        MarkdownText explanation,
        String domain,
        List<String> tags,
        Integer difficulty,
        List<Ref> refs,
        SourcePosition position,
        SourcePosition domainPosition) {

    /** A question whose domain, if any, is reported at the question itself. */
    public Question(String id, MarkdownText prompt, List<Option> options, List<Integer> answer, boolean multiple,
                    boolean showCount, MarkdownText explanation, String domain, List<String> tags, Integer difficulty,
                    List<Ref> refs, SourcePosition position) {
        this(id, prompt, options, answer, multiple, showCount, explanation, domain, tags, difficulty, refs, position,
                position);
    }
}

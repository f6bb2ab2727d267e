package org.studysite.model;

import java.util.List;

/**
 * What the rest of the pipeline needs to know about a note's Markdown without rendering it: its first heading,
 * all headings (for anchors and the table of contents), every link (to check) and embedded quizzes.
 */
public record Outline(String firstHeading, List<Heading> headings, List<LinkRef> links, List<QuizEmbed> quizEmbeds,
                      int wordCount, List<SourcePosition> unclosedCallouts, List<SectionText> sections) {
    /**
     * unclosedCallouts: where a {@code :::} container opens that no {@code :::} line closes (it runs to the end of
     * the note). sections: the text of each section, for the search index.
     */
    public Outline {
        unclosedCallouts = List.copyOf(unclosedCallouts);
        sections = List.copyOf(sections);
    }

    /**
     * Whether the body opens with its title: its first heading is an h1 (Docusaurus's rule, whatever comes before
     * it), so the page prints no title of its own. Any later h1 was already made a section at parse time.
     */
    public boolean opensWithTitle() {
        return !headings.isEmpty() && headings.get(0).level() == 1;
    }

    public Outline(String firstHeading, List<Heading> headings, List<LinkRef> links, List<QuizEmbed> quizEmbeds,
                   int wordCount, List<SourcePosition> unclosedCallouts) {
        this(firstHeading, headings, links, quizEmbeds, wordCount, unclosedCallouts, List.of());
    }
}

package org.studysite.model;

import java.util.List;

/** Docusaurus-compatible front matter of a note. Absent values are null (or empty lists). */
public record FrontMatter(
        String id,
        String title,
        String sidebarLabel,
        Integer sidebarPosition,
        String slug,
        String description,
        List<String> tags,
        boolean draft,
        boolean hideTableOfContents,
        Integer tocMaxHeadingLevel,
        String paginationPrev,
        String paginationNext) {

    public static final FrontMatter EMPTY =
            new FrontMatter(null, null, null, null, null, null, List.of(), false, false, null, null, null);
}

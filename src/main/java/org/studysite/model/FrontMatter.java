package org.studysite.model;

import java.util.List;
import java.util.Map;

/**
 * Docusaurus-compatible front matter of a note. Absent values are null (or empty lists). positions: each field
 * given, by its name as written, with the line and column it was written at.
 */
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
        String paginationNext,
        Map<String, SourcePosition> positions) {

    public static final FrontMatter EMPTY =
            new FrontMatter(null, null, null, null, null, null, List.of(), false, false, null, null, null, Map.of());

    /** Without positions (front matter built in code): problems with a field then point at the file's start. */
    public FrontMatter(String id, String title, String sidebarLabel, Integer sidebarPosition, String slug,
                       String description, List<String> tags, boolean draft, boolean hideTableOfContents,
                       Integer tocMaxHeadingLevel, String paginationPrev, String paginationNext) {
        this(id, title, sidebarLabel, sidebarPosition, slug, description, tags, draft, hideTableOfContents,
                tocMaxHeadingLevel, paginationPrev, paginationNext, Map.of());
    }

    /** Where field {@code name} (as written: "pagination_next") was written, else the start of {@code file}. */
    public SourcePosition position(String name, String file) {
        return positions.getOrDefault(name, SourcePosition.start(file));
    }
}

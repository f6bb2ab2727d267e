package org.studysite.resolve;

import java.util.List;
import org.studysite.model.Note;

/**
 * A note placed in the site: its URL (site-relative, e.g. "domains/mlops.html"), the folder trail leading to
 * it and, for generated folder pages (no index.md), the folder it lists. note is null for generated pages.
 */
public record NotePage(Note note, String url, String title, List<NavNode> trail, String generatedFolder) {
    public boolean generated() {
        return note == null;
    }

    /** How a link to this page or one of its sections is labelled: "Note title › Section" (the page's title alone
     * when the anchor is null or names no heading). */
    public String label(String anchor) {
        String section = anchor == null || note == null ? null : note.outline().headings().stream()
                .filter(h -> h.id().equals(anchor)).map(org.studysite.model.Heading::text).findFirst().orElse(null);
        return section == null ? title : title + " › " + section;
    }
}

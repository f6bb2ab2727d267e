package org.studysite.markdown.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wrapper every table is rendered in: {@code <div class="table-scroll" role="region" aria-label="Table: ..."
 * tabindex="0">}. A table wider than the column scrolls inside it (never cut off), the keyboard can focus and
 * scroll it, and a screen reader names it by its header row. Used by the Markdown renderer and, for raw-HTML
 * tables, by the sanitizer, so both give the same markup.
 */
public final class ScrollRegions {
    public static final String TABLE_CLASS = "table-scroll";
    private static final int MAX_LABEL = 80;

    private ScrollRegions() {
    }

    /** The wrapper's attributes (plain ASCII, so pages stay Latin-1 and take half the memory as Java strings) for a table whose header cells read headers (blank ones skipped). */
    static Map<String, String> tableAttributes(List<String> headers) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", TABLE_CLASS);
        attrs.put("role", "region");
        attrs.put("aria-label", tableLabel(headers));
        attrs.put("tabindex", "0");
        return attrs;
    }

    /** "Table: Offline store, Online store"; just "Table" without header text; long header rows are shortened. */
    static String tableLabel(List<String> headers) {
        String joined = headers.stream().map(String::strip).filter(h -> !h.isEmpty()).collect(Collectors.joining(", "));
        if (joined.isEmpty()) {
            return "Table";
        }
        if (joined.length() > MAX_LABEL) {
            int cut = joined.lastIndexOf(' ', MAX_LABEL);
            joined = joined.substring(0, cut > 0 ? cut : MAX_LABEL).replaceAll("[,\\s]+$", "") + "...";
        }
        return "Table: " + joined;
    }
}

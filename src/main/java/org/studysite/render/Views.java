package org.studysite.render;

import java.util.List;

/** The small records the templates read. Hrefs are relative to the page being rendered. */
public final class Views {
    private Views() {
    }

    /** What every page has: title, description, the way back to the site root, and the assets it needs. */
    public record PageMeta(String title, String description, String root, String url, String canonical,
                           String kind, List<String> styles, List<String> scripts) {
    }

    public record NavItem(String label, String href, boolean current, boolean open, boolean folder,
                          List<NavItem> children) {
    }

    public record TocItem(String id, String text, List<TocItem> children) {
    }

    public record Link(String label, String href) {
    }
}

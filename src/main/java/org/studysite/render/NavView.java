package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studysite.render.Views.NavItem;
import org.studysite.resolve.NavNode;
import org.studysite.resolve.Urls;

/**
 * The sidebar as one page shows it. Only the branch leading to the page is open; other folders are a single
 * link to their folder page, and very long sibling lists are windowed around the page, so a page's size does
 * not grow with the number of notes in the site.
 */
final class NavView {
    static final int WINDOW = 25;

    private NavView() {
    }

    static List<NavItem> forPage(List<NavNode> nav, String pageUrl, Set<String> openFolders) {
        return items(nav, pageUrl, openFolders);
    }

    private static List<NavItem> items(List<NavNode> nodes, String pageUrl, Set<String> open) {
        List<NavNode> shown = window(nodes, pageUrl, open);
        List<NavItem> out = new ArrayList<>(shown.size() + 1);
        for (NavNode n : shown) {
            boolean isOpen = n.isFolder() && open.contains(n.folder());
            List<NavItem> kids = isOpen ? items(n.children(), pageUrl, open) : List.of();
            out.add(new NavItem(n.label(), Urls.relative(pageUrl, n.url()), n.url().equals(pageUrl), isOpen,
                    n.isFolder(), kids));
        }
        if (shown.size() < nodes.size()) {
            out.add(new NavItem("… " + (nodes.size() - shown.size()) + " more", null, false, false, false, List.of()));
        }
        return out;
    }

    /** At most 2×WINDOW+1 siblings: those around the current page (or the first ones). */
    private static List<NavNode> window(List<NavNode> nodes, String pageUrl, Set<String> open) {
        if (nodes.size() <= 2 * WINDOW + 1) {
            return nodes;
        }
        int at = 0;
        for (int i = 0; i < nodes.size(); i++) {
            NavNode n = nodes.get(i);
            if (n.url().equals(pageUrl) || (n.isFolder() && open.contains(n.folder()))) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, at - WINDOW);
        return nodes.subList(from, Math.min(nodes.size(), from + 2 * WINDOW + 1));
    }
}

package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studysite.model.Category;
import org.studysite.model.Content;
import org.studysite.model.Note;

/**
 * Builds the sidebar from the folder structure (Docusaurus rules: sidebar_position, then name; folder label and
 * position from _category_.json or the folder's index.md) and the reading order that prev/next follow.
 */
final class NavBuilder {
    /** A folder while the tree is being built. */
    private static final class Folder {
        final String path;
        final List<Note> notes = new ArrayList<>();
        final Map<String, Folder> folders = new TreeMap<>();
        Note index;
        Category category;

        Folder(String path) {
            this.path = path;
        }
    }

    record Result(List<NavNode> nav, List<NotePage> pages) {
    }

    private final Map<String, Category> categories = new TreeMap<>();
    /** Source path → place in SUMMARY.md (mdBook, GitBook), which orders the book when there is one. */
    private Map<String, Integer> summaryOrder = Map.of();
    private final List<NotePage> pages = new ArrayList<>();

    static Result build(Content content, Map<String, Note> published) {
        NavBuilder b = new NavBuilder();
        content.categories().forEach(c -> b.categories.put(c.folder(), c));
        Folder root = new Folder("");
        Note home = null;
        Note summary = published.values().stream().filter(n -> n.sourcePath().equalsIgnoreCase("SUMMARY.md"))
                .findFirst().orElse(null);
        if (summary != null) {
            b.summaryOrder = BookSummary.order(summary, published);
        }
        for (Note note : published.values()) {
            if (note == summary) {
                continue; // the book's table of contents is the sidebar, not a page
            }
            if (PagePlacer.url(note).equals("index.html")) {
                home = note;
                continue;
            }
            b.folder(root, note.folder()).notes.add(note);
        }
        b.attachIndexes(root);
        List<NavNode> top = b.children(root, List.of());
        // Every site has a home page: index.md, or (a Docusaurus docs folder has none) a generated page
        // listing the top level, so index.html and the "Home" breadcrumb always exist.
        b.pages.add(0, home != null ? new NotePage(home, "index.html", home.title(), List.of(), null)
                : new NotePage(null, "index.html", "Home", List.of(), ""));
        return new Result(top, List.copyOf(b.pages));
    }

    private Folder folder(Folder root, String path) {
        Folder f = root;
        if (path.isEmpty()) {
            return f;
        }
        StringBuilder p = new StringBuilder();
        for (String part : path.split("/")) {
            p.append(p.length() == 0 ? "" : "/").append(part);
            String key = p.toString();
            f = f.folders.computeIfAbsent(part, k -> new Folder(key));
        }
        return f;
    }

    /** A folder's index note stands for the folder itself instead of being one of its children. */
    private void attachIndexes(Folder f) {
        f.category = categories.get(f.path);
        for (Note n : List.copyOf(f.notes)) {
            if (n.isFolderIndex() && !f.path.isEmpty()) {
                f.index = n;
                f.notes.remove(n);
            }
        }
        f.folders.values().forEach(this::attachIndexes);
    }

    private List<NavNode> children(Folder f, List<NavNode> trail) {
        List<Entry> entries = new ArrayList<>();
        f.notes.forEach(n -> entries.add(new Entry(position(n), fileName(n.sourcePath()), n, null)));
        f.folders.forEach((name, sub) -> entries.add(new Entry(position(sub), name, null, sub)));
        entries.sort(Comparator.comparing((Entry e) -> e.position == null ? Integer.MAX_VALUE : e.position)
                .thenComparing(e -> e.name.toLowerCase()).thenComparing(e -> e.name));
        List<NavNode> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.note != null ? noteNode(e.note, trail) : folderNode(e.folder, trail));
        }
        return List.copyOf(out);
    }

    private NavNode noteNode(Note n, List<NavNode> trail) {
        String url = PagePlacer.url(n);
        pages.add(new NotePage(n, url, n.title(), trail, null));
        return new NavNode(n.sidebarLabel(), url, "", List.of());
    }

    private NavNode folderNode(Folder f, List<NavNode> trail) {
        String label = label(f);
        String url = f.index != null ? PagePlacer.url(f.index) : f.path + "/index.html";
        NavNode self = new NavNode(label, url, f.path, List.of());
        int at = pages.size();
        List<NavNode> extended = new ArrayList<>(trail);
        extended.add(self);
        List<NavNode> kids = children(f, List.copyOf(extended));
        NavNode node = new NavNode(label, url, f.path, kids);
        NotePage page = f.index != null ? new NotePage(f.index, url, f.index.title(), trail, null)
                : new NotePage(null, url, label, trail, f.path);
        pages.add(at, page);
        return node;
    }

    private Integer position(Folder f) {
        Integer inSummary = firstInSummary(f);
        if (inSummary != null) {
            return inSummary;
        }
        if (f.category != null && f.category.position() != null) {
            return f.category.position();
        }
        return f.index != null ? f.index.frontMatter().sidebarPosition() : null;
    }

    /** A note listed in SUMMARY.md takes its place there; any other its sidebar_position. */
    private Integer position(Note n) {
        Integer inSummary = summaryOrder.get(n.sourcePath());
        return inSummary != null ? inSummary : n.frontMatter().sidebarPosition();
    }

    /** A folder sits where the first of its notes is listed in SUMMARY.md, if any is. */
    private Integer firstInSummary(Folder f) {
        if (summaryOrder.isEmpty()) {
            return null;
        }
        Integer first = f.index != null ? summaryOrder.get(f.index.sourcePath()) : null;
        for (Note n : f.notes) {
            Integer at = summaryOrder.get(n.sourcePath());
            first = at != null && (first == null || at < first) ? at : first;
        }
        for (Folder sub : f.folders.values()) {
            Integer at = firstInSummary(sub);
            first = at != null && (first == null || at < first) ? at : first;
        }
        return first;
    }

    private static String label(Folder f) {
        if (f.category != null && f.category.label() != null) {
            return f.category.label();
        }
        if (f.index != null) {
            return f.index.sidebarLabel();
        }
        String name = f.path.substring(f.path.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private record Entry(Integer position, String name, Note note, Folder folder) {
    }
}

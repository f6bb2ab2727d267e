package org.studysite.resolve;

import java.util.HashMap;
import java.util.Map;
import org.studysite.model.LinkRef;
import org.studysite.model.Note;

/**
 * An mdBook or GitBook book lists its chapters, in reading order, as the links of SUMMARY.md at its root. Their
 * order becomes the sidebar's (and prev/next's); the file itself is the sidebar, not a page.
 */
final class BookSummary {
    private BookSummary() {
    }

    /** Source path of each note SUMMARY.md links to → its place in the list (first mention wins). */
    static Map<String, Integer> order(Note summary, Map<String, Note> published) {
        Map<String, String> bySource = new HashMap<>();
        published.values().forEach(n -> bySource.put(n.sourcePath(), n.sourcePath()));
        Map<String, Integer> order = new HashMap<>();
        for (LinkRef link : summary.outline().links()) {
            if (link.image()) {
                continue;
            }
            String path = target(link.destination());
            String source = bySource.get(path);
            if (source == null) {
                source = bySource.get(path + ".md");
            }
            if (source != null) {
                order.putIfAbsent(source, order.size());
            }
        }
        return Map.copyOf(order);
    }

    /** "./ch1/intro.md#x" → "ch1/intro.md"; a link out of the root or to another site names nothing here. */
    private static String target(String destination) {
        String d = destination.replaceFirst("[#?].*$", "");
        if (d.contains("://")) {
            return "";
        }
        // The same decoding and joining as every link (a malformed %-escape is kept as written, not thrown).
        String joined = Urls.join("", Urls.decode(d));
        return joined == null ? "" : joined;
    }
}

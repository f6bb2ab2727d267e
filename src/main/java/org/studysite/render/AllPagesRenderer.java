package org.studysite.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;
import org.studysite.write.OutputDir;

/** all-pages.html: the search box's stand-in without JavaScript, every page and its h2/h3 headings A–Z. */
final class AllPagesRenderer {
    static final String URL = "all-pages.html";

    public record Entry(String label, String href, List<Entry> headings) {
    }

    public record Letter(String letter, List<Entry> pages) {
    }

    private AllPagesRenderer() {
    }

    static void render(Site site, Templates templates, OutputDir out) {
        Map<String, List<Entry>> byLetter = new TreeMap<>();
        List<NotePage> pages = new ArrayList<>(site.pages());
        pages.sort(Comparator.comparing((NotePage p) -> sortKey(p.title())).thenComparing(NotePage::url));
        for (NotePage p : pages) {
            List<Entry> headings = p.note() == null ? List.of() : p.note().outline().sections().stream()
                    .filter(s -> s.heading() != null)
                    .map(s -> new Entry(s.heading(), Urls.relative(URL, p.url()) + "#" + s.headingId(), List.of()))
                    .toList();
            String key = sortKey(p.title());
            String letter = key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "#" : key.substring(0, 1).toUpperCase(Locale.ROOT);
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(new Entry(p.title(), Urls.relative(URL, p.url()), headings));
        }
        Map<String, Object> m = new PageContext(site).base(URL, "All pages", null, "all-pages", List.of(), List.of(),
                List.of("assets/js/site.js"));
        m.put("toc", List.of());
        m.put("letters", byLetter.entrySet().stream().map(e -> new Letter(e.getKey(), e.getValue())).toList());
        out.write(URL, templates.render("all-pages.ftlh", m));
    }

    private static String sortKey(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}

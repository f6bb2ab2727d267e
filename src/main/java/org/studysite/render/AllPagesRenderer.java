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
import java.util.function.BiConsumer;

/**
 * all-pages.html: the search box's stand-in without JavaScript, every page and its h2/h3 headings A–Z. Split into
 * parts of {@link #PART} pages (all-pages-2.html, …) so no page grows with the site.
 */
final class AllPagesRenderer {
    static final String URL = "all-pages.html";
    static final int PART = 100;

    public record Entry(String label, String href, List<Entry> headings) {
    }

    public record Letter(String letter, List<Entry> pages) {
    }

    public record Part(String label, String href, boolean current) {
    }

    private AllPagesRenderer() {
    }

    static void render(Site site, Templates templates, BiConsumer<String, String> out) {
        List<NotePage> pages = new ArrayList<>(site.pages());
        pages.sort(Comparator.comparing((NotePage p) -> sortKey(p.title())).thenComparing(NotePage::url));
        int parts = Math.max(1, (pages.size() + PART - 1) / PART);
        for (int i = 0; i < parts; i++) {
            List<NotePage> slice = pages.subList(i * PART, Math.min(pages.size(), (i + 1) * PART));
            List<Part> nav = new ArrayList<>();
            for (int j = 0; parts > 1 && j < parts; j++) {
                List<NotePage> other = pages.subList(j * PART, Math.min(pages.size(), (j + 1) * PART));
                nav.add(new Part(prefix(other.get(0).title()) + " – " + prefix(other.get(other.size() - 1).title()),
                        url(j), i == j));
            }
            renderPart(site, templates, out, url(i), slice, nav);
        }
    }

    private static String url(int part) {
        return part == 0 ? URL : "all-pages-" + (part + 1) + ".html";
    }

    private static String prefix(String title) {
        return title.length() <= 12 ? title : title.substring(0, 12) + "…";
    }

    private static void renderPart(Site site, Templates templates, BiConsumer<String, String> out, String url, List<NotePage> pages,
                                   List<Part> parts) {
        Map<String, List<Entry>> byLetter = new TreeMap<>();
        for (NotePage p : pages) {
            List<Entry> headings = p.note() == null ? List.of() : p.note().outline().sections().stream()
                    .filter(s -> s.heading() != null)
                    .map(s -> new Entry(s.heading(), Urls.relative(url, p.url()) + "#" + s.headingId(), List.of()))
                    .toList();
            String key = sortKey(p.title());
            String letter = key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "#" : key.substring(0, 1).toUpperCase(Locale.ROOT);
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(new Entry(p.title(), Urls.relative(url, p.url()), headings));
        }
        Map<String, Object> m = new PageContext(site).base(url, "All pages", null, "all-pages", List.of(), List.of(),
                List.of("assets/js/site.js"));
        m.put("toc", List.of());
        m.put("parts", parts);
        m.put("letters", byLetter.entrySet().stream().map(e -> new Letter(e.getKey(), e.getValue())).toList());
        out.accept(url, templates.render("all-pages.ftlh", m));
    }

    private static String sortKey(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}

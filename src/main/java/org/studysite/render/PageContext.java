package org.studysite.render;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studysite.render.Views.Link;
import org.studysite.render.Views.PageMeta;
import org.studysite.resolve.NavNode;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/** Builds the variables every page template gets: site, page, nav, header links. */
final class PageContext {
    private final Site site;

    PageContext(Site site) {
        this.site = site;
    }

    Map<String, Object> base(String url, String title, String description, String kind, List<NavNode> trail,
                             List<String> styles, List<String> scripts) {
        Map<String, Object> m = new HashMap<>();
        var cfg = site.config();
        m.put("site", cfg);
        String root = Urls.rootPrefix(url);
        m.put("page", new PageMeta(title, description == null || description.isBlank() ? cfg.description() : description,
                root, url, canonical(url), kind, styles, scripts));
        Set<String> open = new LinkedHashSet<>();
        trail.forEach(n -> open.add(n.folder()));
        m.put("nav", NavView.forPage(site.nav(), url, open));
        m.put("practice", practiceLinks(url));
        m.put("selfHref", Urls.relative(url, url)); // a header link to this very page gets aria-current="page"
        m.put("home", new Link(cfg.title(), Urls.relative(url, "index.html")));
        m.put("breadcrumbs", trail.stream().map(n -> new Link(n.label(), Urls.relative(url, n.url()))).toList());
        return m;
    }

    /** Absolute URL when the base URL is absolute (https://…), else null: a canonical must be absolute. */
    String canonical(String url) {
        String base = site.config().baseUrl();
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            return null;
        }
        String path = url.equals("index.html") ? "" : url.endsWith("/index.html") ? url.substring(0, url.length() - 10) : url;
        return base + Urls.encode(path);
    }

    /** The header's practice links (quizzes, mock exam, review, progress, study paths), relative to url. */
    List<Link> practiceLinks(String url) {
        if (site.quizzes().isEmpty() && site.exams().isEmpty()) {
            return List.of();
        }
        var links = new java.util.ArrayList<Link>();
        links.add(new Link("Quizzes", Urls.relative(url, Site.QUIZ_INDEX)));
        // One "Mock exam" entry, however many exams: two links with the same name would be indistinguishable. The
        // first by id is the header's; the quiz index, which lists every exam, leads to the others.
        site.exams().stream().min(java.util.Comparator.comparing(e -> e.exam().id()))
                .ifPresent(e -> links.add(new Link("Mock exam", Urls.relative(url, e.url()))));
        links.add(new Link("Review", Urls.relative(url, Site.REVIEW)));
        links.add(new Link("Progress", Urls.relative(url, Site.PROGRESS)));
        if (!site.config().paths().isEmpty()) {
            links.add(new Link("Study paths", Urls.relative(url, Site.PATHS)));
        }
        return List.copyOf(links);
    }
}

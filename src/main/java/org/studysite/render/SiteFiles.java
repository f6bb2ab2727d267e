package org.studysite.render;

import java.util.List;
import java.util.Map;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;

/** The files a static host expects besides pages: 404.html, sitemap.xml, robots.txt, .nojekyll. */
final class SiteFiles {
    private SiteFiles() {
    }

    static void write(Site site, org.studysite.write.OutputDir out, Templates templates) {
        out.write(".nojekyll", "");
        PageContext ctx = new PageContext(site);
        Map<String, Object> m = ctx.base("404.html", "Page not found", null, "404", List.of(), List.of(),
                List.of("assets/js/site.js"));
        // GitHub Pages serves 404.html at any depth, so its links must start from the base path, not be relative.
        String basePath = basePath(site.config().baseUrl());
        m.put("page", withRoot((org.studysite.render.Views.PageMeta) m.get("page"), basePath));
        m.put("nav", List.of());
        m.put("home", new Views.Link(site.config().title(), basePath));
        m.put("practice", List.of());
        out.write("404.html", templates.render("404.ftlh", m));
        String sitemapBase = ctx.canonical("index.html");
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (sitemapBase != null) {
            out.write("sitemap.xml", sitemap(site, ctx));
            robots.append("Sitemap: ").append(sitemapBase).append("sitemap.xml\n");
        }
        out.write("robots.txt", robots.toString());
    }

    private static Views.PageMeta withRoot(Views.PageMeta p, String root) {
        return new Views.PageMeta(p.title(), p.description(), root, p.url(), null, p.kind(), p.styles(), p.scripts());
    }

    static String basePath(String baseUrl) {
        String path = baseUrl.replaceFirst("^https?://[^/]+", "");
        return path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    private static String sitemap(Site site, PageContext ctx) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (NotePage p : site.pages()) {
            sb.append("  <url><loc>").append(xml(ctx.canonical(p.url()))).append("</loc></url>\n");
        }
        java.util.List<String> practice = new java.util.ArrayList<>();
        if (!site.content().quizzes().isEmpty()) {
            practice.add(Site.QUIZ_INDEX);
        }
        site.content().quizzes().forEach(q -> practice.add(Site.quizUrl(q.id())));
        site.content().exams().forEach(e -> practice.add(Site.examUrl(e.id())));
        practice.forEach(u -> sb.append("  <url><loc>").append(xml(ctx.canonical(u))).append("</loc></url>\n"));
        return sb.append("</urlset>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}

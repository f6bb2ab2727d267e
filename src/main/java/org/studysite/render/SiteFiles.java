package org.studysite.render;

import java.util.List;
import java.util.Map;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;

/** The files a static host expects besides pages: 404.html, sitemap.xml, robots.txt, .nojekyll. */
final class SiteFiles {
    private SiteFiles() {
    }

    static List<RenderPlan.Output> outputs(Site site, Templates templates, PageInputs inputs) {
        List<RenderPlan.Output> out = new java.util.ArrayList<>();
        out.add(text(".nojekyll", () -> "", inputs));
        out.add(text("404.html", () -> notFound(site, templates), inputs));
        PageContext ctx = new PageContext(site);
        if (ctx.canonical("index.html") != null) {
            out.add(text("sitemap.xml", () -> sitemap(site, ctx), inputs));
        }
        out.add(text("robots.txt", () -> robots(ctx), inputs));
        return out;
    }

    private static RenderPlan.Output text(String path, java.util.function.Supplier<String> text, PageInputs inputs) {
        return new RenderPlan.Output(path, () -> inputs.siteFile(path), () -> new RenderPlan.Rendered(
                text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
    }

    private static String robots(PageContext ctx) {
        String sitemapBase = ctx.canonical("index.html");
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (sitemapBase != null) {
            robots.append("Sitemap: ").append(sitemapBase).append("sitemap.xml\n");
        }
        return robots.toString();
    }

    private static String notFound(Site site, Templates templates) {
        PageContext ctx = new PageContext(site);
        Map<String, Object> m = ctx.base("404.html", "Page not found", null, "404", List.of(), List.of(),
                List.of("assets/js/site.js"));
        // GitHub Pages serves 404.html at any depth, so its links must start from the base path, not be relative.
        String basePath = basePath(site.config().baseUrl());
        m.put("page", withRoot((org.studysite.render.Views.PageMeta) m.get("page"), basePath));
        m.put("nav", List.of());
        m.put("home", new Views.Link(site.config().title(), basePath));
        // The header's practice links and the top sections, from the base path like every link here.
        m.put("practice", ctx.practiceLinks("404.html").stream()
                .map(l -> new Views.Link(l.label(), basePath + l.href())).toList());
        m.put("sections", site.nav().stream()
                .map(n -> new Views.Link(n.label(), basePath + org.studysite.resolve.Urls.relative("404.html", n.url())))
                .toList());
        m.put("allPagesHref", basePath + "all-pages.html");
        return templates.render("404.ftlh", m);
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
        if (!site.quizzes().isEmpty()) {
            practice.add(Site.QUIZ_INDEX);
        }
        site.quizzes().forEach(q -> practice.add(q.url()));
        site.quizzes().stream().filter(q -> q.flashcardsUrl() != null).forEach(q -> practice.add(q.flashcardsUrl()));
        site.exams().forEach(e -> practice.add(e.url()));
        practice.forEach(u -> sb.append("  <url><loc>").append(xml(ctx.canonical(u))).append("</loc></url>\n"));
        return sb.append("</urlset>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}

package org.studysite.render.quiz;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import org.studysite.testing.StaticServer;

/**
 * Renders the quiz templates with FreeMarker from templates/ into a folder, copies the assets, and serves the folder
 * on 127.0.0.1 under the sub-path /repo/ ({@link StaticServer}).
 */
final class TestSite implements AutoCloseable {
    final Path root;
    private final Configuration cfg;
    /** Test-only templates (e.g. a note page standing in for the lead's). */
    final StringTemplateLoader extra = new StringTemplateLoader();
    private StaticServer server;

    TestSite(Path root) throws IOException {
        this.root = root;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {extra,
                new FileTemplateLoader(Path.of("templates").toFile())}));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setFallbackOnNullLoopVariable(false);
        copyAssets();
    }

    private void copyAssets() throws IOException {
        Path src = Path.of("src/main/resources/assets");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve("assets").resolve(src.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        // The layout links site.css, which the lead writes; a placeholder keeps the page free of 404s.
        Files.writeString(root.resolve("assets/css/site.css"), "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:50rem;padding:0 1rem}\n");
    }

    /** Renders template into dir/index.html (dir relative to the site root, "" for the root). */
    String render(String template, String dir, String title, List<String> scripts, Map<String, Object> model)
            throws Exception {
        int depth = dir.isEmpty() ? 0 : dir.split("/").length;
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", "");
        page.put("root", "../".repeat(depth));
        page.put("canonical", "https://example.org/repo/" + dir);
        page.put("styles", List.of("assets/css/quiz.css"));
        page.put("scripts", scripts);
        page.put("kind", template);
        page.put("url", (dir.isEmpty() ? "" : dir + "/") + "index.html");
        Map<String, Object> data = new LinkedHashMap<>(model);
        data.put("site", Map.of("title", "Study site", "description", "", "language", "en"));
        data.put("page", page);
        data.put("nav", List.of());
        data.put("toc", List.of());
        data.put("breadcrumbs", List.of());
        data.put("home", Map.of("label", "Study site", "href", "../".repeat(depth) + "index.html"));
        data.put("practice", List.of());
        Template t = cfg.getTemplate(template);
        StringWriter out = new StringWriter();
        t.process(data, out);
        Path file = root.resolve(dir).resolve("index.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        return out.toString();
    }

    /** Writes a raw HTML page (for note pages, which the lead's layout renders). */
    void write(String path, String html) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    /** Starts the server; returns the base URL ending in /repo/. */
    String serve() {
        server = StaticServer.serve(root);
        return server.base();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}

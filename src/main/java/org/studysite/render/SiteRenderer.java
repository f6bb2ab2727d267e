package org.studysite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.studysite.concurrent.Parallel;
import org.studysite.model.Asset;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.write.OutputDir;

/**
 * The render stage: every page of a resolved site to HTML, streamed to the output folder in parallel (no page
 * is held in memory after it is written), plus the site's static files. {@link #plan} lists the same outputs
 * with fingerprints, for the dev server's incremental re-render.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final Path userTemplates;
    private final Digests digests = new Digests();
    private Map<String, byte[]> staticAssets;
    private Map<String, String> staticAssetDigests;

    /** Kept from one plan's search index to the next: only for a renderer that renders a site again and again. */
    private final org.studysite.search.SearchIndex.Memory search;

    public SiteRenderer(Path userTemplates) {
        this(userTemplates, false);
    }

    /** live: the site will be rendered again after edits (serve), so the search index keeps what it counted. */
    public SiteRenderer(Path userTemplates, boolean live) {
        this.userTemplates = userTemplates;
        this.templates = new Templates(userTemplates);
        this.search = live ? new org.studysite.search.SearchIndex.Memory() : null;
    }

    public void render(Site site, OutputDir out) {
        AtomicBoolean mermaid = new AtomicBoolean();
        RenderPlan plan = plan(site);
        // The groups (the search index above all, tens of thousands of files on a large site) start beside the
        // pages rather than after them, and their files are written in parallel: one thread writing them after
        // the pages left the other cores idle for much of a large build.
        var groups = java.util.concurrent.CompletableFuture.runAsync(() -> Parallel.forEach(plan.groups(),
                g -> Parallel.forEach(List.copyOf(g.render().get().entrySet()), f -> out.write(f.getKey(), f.getValue()))));
        try {
            Parallel.forEach(plan.outputs(), o -> {
                RenderPlan.Rendered r = o.render().get();
                out.write(o.path(), r.bytes());
                if (r.needsMermaid()) {
                    mermaid.set(true);
                }
            });
        } finally {
            // Also when a page failed: the output folder is deleted next, so nothing may still be writing into it.
            join(groups);
        }
        if (mermaid.get()) {
            out.write(RenderPlan.MERMAID, mermaidScript());
        }
    }

    private static void join(java.util.concurrent.CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Every output of the site, in a stable order, each with its fingerprint and renderer. */
    public RenderPlan plan(Site site) {
        PageInputs inputs;
        synchronized (digests) {
            digests.nextGeneration();
            inputs = new PageInputs(site, digests);
        }
        PracticeLinks links = new PracticeLinks(site);
        NoteRenderer notes = new NoteRenderer(site, templates,
                new QuizEmbeds(site, templates, links));
        List<RenderPlan.Output> out = new ArrayList<>();
        for (NotePage p : site.pages()) {
            out.add(new RenderPlan.Output(p.url(), () -> inputs.notePage(p), () -> notes.rendered(p)));
        }
        Path root = site.content().root();
        for (Asset a : site.content().assets()) {
            Path source = root.resolve(a.sourcePath());
            out.add(new RenderPlan.Output(a.sourcePath(), () -> fileStamp(source), () -> read(source)));
        }
        out.addAll(new PracticeRenderer(site, templates, links).outputs(inputs));
        Map<String, String> assetDigests = staticAssetDigests();
        staticAssets().forEach((path, bytes) -> out.add(new RenderPlan.Output(path, () -> assetDigests.get(path),
                () -> new RenderPlan.Rendered(bytes, false))));
        out.addAll(SiteFiles.outputs(site, templates, inputs));
        // The A–Z pages and the search index are made from every page at once.
        List<RenderPlan.Group> groups = List.of(
                new RenderPlan.Group("all-pages", inputs::allPages, () -> {
                    Map<String, byte[]> files = new java.util.TreeMap<>();
                    AllPagesRenderer.render(site, templates, (path, text) -> files.put(path, utf8(text)));
                    return files;
                }),
                new RenderPlan.Group("search", inputs::search, () -> {
                    Map<String, byte[]> files = new java.util.TreeMap<>();
                    long began = System.nanoTime();
                    files.putAll(org.studysite.search.SearchIndex.files(site, search));
                    org.studysite.diag.Timings.part("search", System.nanoTime() - began);
                    return files;
                }));
        return new RenderPlan(List.copyOf(out), groups);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bundled mermaid script, shipped only when a page has a diagram. */
    public static byte[] mermaidScript() {
        try (var in = SiteRenderer.class.getResourceAsStream("/vendor/mermaid.min.js")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The static files' digests, made once: they are read once per renderer (a template change makes a new one). */
    private synchronized Map<String, String> staticAssetDigests() {
        if (staticAssetDigests == null) {
            Map<String, String> digests = new java.util.HashMap<>();
            staticAssets().forEach((path, bytes) -> digests.put(path,
                    PageInputs.digest(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))));
            staticAssetDigests = Map.copyOf(digests);
        }
        return staticAssetDigests;
    }

    private synchronized Map<String, byte[]> staticAssets() {
        if (staticAssets == null) {
            staticAssets = StaticAssets.read(userTemplates);
        }
        return staticAssets;
    }

    /** A content file copied as it is changes when its size or modification time does. */
    private static String fileStamp(Path source) {
        try {
            BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis() + ":" + a.lastModifiedTime();
        } catch (IOException e) {
            return "missing";
        }
    }

    private static RenderPlan.Rendered read(Path source) {
        try {
            return new RenderPlan.Rendered(Files.readAllBytes(source), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the one page at {@code url} (the dev server's re-render of an edited note). */
    public String renderPage(Site site, String url) {
        NoteRenderer notes = new NoteRenderer(site, templates,
                new QuizEmbeds(site, templates, new PracticeLinks(site)));
        return site.pages().stream().filter(p -> p.url().equals(url)).findFirst().map(notes::render).orElse(null);
    }

}

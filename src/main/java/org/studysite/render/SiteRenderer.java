package org.studysite.render;

import java.nio.file.Path;
import java.util.Map;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.write.OutputDir;

/**
 * The render stage: every page of a resolved site to HTML, streamed to the output folder in parallel (no page
 * is held in memory after it is written), plus the site's static files.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final MarkdownSupport markdown;
    private final Path userTemplates;

    public SiteRenderer(Path userTemplates, MarkdownSupport markdown) {
        this.userTemplates = userTemplates;
        this.templates = new Templates(userTemplates);
        this.markdown = markdown;
    }

    public void render(Site site, OutputDir out) {
        PracticeLinks links = new PracticeLinks(site, markdown);
        NoteRenderer notes = new NoteRenderer(site, markdown, templates,
                new QuizEmbeds(templates, links, site.config().passPercent()));
        site.pages().parallelStream().forEach(p -> out.write(p.url(), notes.render(p)));
        site.content().assets().parallelStream()
                .forEach(a -> out.copy(a.sourcePath(), site.content().root().resolve(a.sourcePath())));
        new PracticeRenderer(site, templates, links).render(out);
        StaticAssets.copy(out, userTemplates);
        if (notes.mermaidUsed()) {
            out.copy("assets/vendor/mermaid.min.js", SiteRenderer.class.getResourceAsStream("/vendor/mermaid.min.js"));
        }
        SiteFiles.write(site, out, templates);
        AllPagesRenderer.render(site, templates, out);
        org.studysite.search.SearchIndex.files(site).forEach(out::write);
    }

    /** Renders the one page at {@code url} (the dev server's re-render of an edited note). */
    public String renderPage(Site site, String url) {
        NoteRenderer notes = new NoteRenderer(site, markdown, templates,
                new QuizEmbeds(templates, new PracticeLinks(site, markdown), site.config().passPercent()));
        return site.pages().stream().filter(p -> p.url().equals(url)).findFirst().map(notes::render).orElse(null);
    }

}

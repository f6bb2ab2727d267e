package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.markdown.CompiledBodies;
import org.studysite.markdown.RenderHooks;
import org.studysite.markdown.RenderedMarkdown;
import org.studysite.model.Note;
import org.studysite.render.Views.Link;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/** Renders one note page: Markdown body, TOC, breadcrumbs, prev/next, edit link, related quizzes. */
final class NoteRenderer {
    /** What the note template reads besides the common page variables. */
    public record NoteView(String id, String html, String editUrl, List<Link> quizzes, int readingMinutes,
                           boolean generated, List<Link> children, boolean bodyHasTitle) {
    }

    private final Site site;
    private final Templates templates;
    private final PageContext context;
    private final QuizEmbeds embeds;
    private final java.util.concurrent.atomic.AtomicBoolean mermaidUsed = new java.util.concurrent.atomic.AtomicBoolean();

    NoteRenderer(Site site, Templates templates, QuizEmbeds embeds) {
        this.site = site;
        this.templates = templates;
        this.context = new PageContext(site);
        this.embeds = embeds;
    }

    String render(NotePage page) {
        return new String(rendered(page).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    RenderPlan.Rendered rendered(NotePage page) {
        Note note = page.note();
        RenderedMarkdown body = note == null ? new RenderedMarkdown("", false, false, false)
                : CompiledBodies.fill(note.compiled(), hooks(page));
        List<String> scripts = new ArrayList<>(List.of("assets/js/site.js", "assets/js/notes.js"));
        List<String> styles = new ArrayList<>(List.of("assets/css/quiz.css"));
        if (body.hasMermaid()) {
            scripts.add("assets/js/mermaid-init.js");
            mermaidUsed.set(true);
        }
        if (body.hasQuiz()) {
            scripts.addAll(PracticeRenderer.QUIZ_SCRIPTS);
        }
        Map<String, Object> m = context.base(page.url(), page.title(),
                note == null ? null : note.frontMatter().description(), "note", page.trail(), styles, scripts);
        var cfg = site.config();
        int tocMax = note != null && note.frontMatter().tocMaxHeadingLevel() != null
                ? note.frontMatter().tocMaxHeadingLevel() : cfg.tocMaxLevel();
        boolean hideToc = note == null || note.frontMatter().hideTableOfContents();
        // Mermaid writes <style> into the SVGs it draws: only pages with a diagram allow inline styles.
        m.put("relaxStyles", body.hasMermaid());
        m.put("toc", hideToc ? List.of() : TocView.of(note.outline().headings(), cfg.tocMinLevel(), tocMax));
        m.put("prev", link(page, site.previous(page)));
        m.put("next", link(page, site.next(page)));
        m.put("note", new NoteView(note == null ? "" : note.id(), body.html(), editUrl(note), quizLinks(page),
                note == null ? 0 : Math.max(1, (note.outline().wordCount() + 199) / 200), page.generated(),
                children(page), bodyHasTitle(note)));
        return new RenderPlan.Rendered(templates.render("note.ftlh", m).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                body.hasMermaid());
    }

    /** Whether any page rendered so far has a mermaid diagram (then the mermaid script ships with the site). */
    boolean mermaidUsed() {
        return mermaidUsed.get();
    }

    private RenderHooks hooks(NotePage page) {
        Map<String, String> links = site.links().getOrDefault(page.note().id(), Map.of());
        return new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                String target = links.get(destination);
                return target == null ? destination : Urls.relative(page.url(), target);
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return embeds.html(page.url(), quizId, questionId);
            }
        };
    }

    /** A body that opens with its h1 (see {@link org.studysite.model.Outline#opensWithTitle}) prints the title itself. */
    private static boolean bodyHasTitle(Note note) {
        return note != null && note.outline().opensWithTitle();
    }

    private Link link(NotePage from, NotePage to) {
        return to == null ? null : new Link(to.title(), Urls.relative(from.url(), to.url()));
    }

    private String editUrl(Note note) {
        return note == null ? null : Urls.edit(site.config(), note.sourcePath());
    }

    private List<Link> quizLinks(NotePage page) {
        if (page.note() == null) {
            return List.of();
        }
        return site.quizzesByNote().getOrDefault(page.note().id(), List.of()).stream()
                .map(q -> new Link(q.title(), Urls.relative(page.url(), q.url()))).toList();
    }

    /** A folder page (generated, or an index.md) lists the pages of its folder. */
    private List<Link> children(NotePage page) {
        String folder = page.generated() ? page.generatedFolder() : null;
        if (folder == null) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        (folder.isEmpty() ? site.nav() : findFolder(site.nav(), folder)).forEach(n -> out.add(new Link(n.label(), Urls.relative(page.url(), n.url()))));
        return out;
    }

    private static List<org.studysite.resolve.NavNode> findFolder(List<org.studysite.resolve.NavNode> nodes, String folder) {
        for (var n : nodes) {
            if (n.isFolder() && n.folder().equals(folder)) {
                return n.children();
            }
            if (n.isFolder() && folder.startsWith(n.folder() + "/")) {
                return findFolder(n.children(), folder);
            }
        }
        return List.of();
    }
}

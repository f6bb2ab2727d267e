package org.studysite.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.studysite.markdown.internal.HtmlSanitizer;
import org.studysite.markdown.internal.OutlineBuilder;
import org.studysite.markdown.internal.RenderState;
import org.studysite.model.CompiledBody;
import org.studysite.markdown.internal.StudysiteExtensions;
import org.studysite.model.Outline;

/**
 * The one commonmark configuration of a build, used by the load stage only ({@link #parse}, {@link #outline},
 * {@link #compile}; the render stage fills compiled bodies with {@link CompiledBodies#fill}): GFM tables,
 * strikethrough, autolinks, task lists, footnotes, GitHub-compatible heading ids ({#custom-id} too), callouts ({@code :::tip}) and GitHub alerts ({@code > [!NOTE]}), build-time
 * syntax highlighting, mermaid and quiz fences, link rewriting and raw-HTML sanitizing.
 *
 * <p>Immutable and thread-safe: create once per build and share between threads. A parsed {@link Node} is not
 * thread-safe, but may be outlined and rendered any number of times (neither changes it).
 */
public final class MarkdownSupport {
    private static final List<Extension> STOCK = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create());

    private final Parser parser;

    private MarkdownSupport() {
        this.parser = Parser.builder()
                .extensions(STOCK)
                .extensions(List.of(StudysiteExtensions.parsing()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    public static MarkdownSupport create() {
        return new MarkdownSupport();
    }

    /** Parses a note body (without front matter), with source spans on blocks and inlines. */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * The outline of a parsed body.
     *
     * @param file     path relative to the content folder, for the positions
     * @param bodyLine 1-based line of the file where the body starts
     */
    public Outline outline(Node document, String file, int bodyLine) {
        return OutlineBuilder.outline(document, file, bodyLine);
    }

    /** Renders a parsed body to HTML. Raw HTML in it is sanitized; documents without raw HTML skip that cost. */
    public RenderedMarkdown render(Node document, RenderHooks hooks) {
        RenderState state = new RenderState(hooks == null ? RenderHooks.IDENTITY : hooks, containsRawHtml(document));
        // Ours first: the first renderer registered for a node type wins, and ours wraps tables (TableBlock).
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(StudysiteExtensions.rendering(state)))
                .extensions(STOCK)
                .build();
        String html = renderer.render(document);
        if (state.sanitize()) {
            html = state.fillPlaceholders(HtmlSanitizer.clean(html));
        }
        return new RenderedMarkdown(html, state.hasCode(), state.hasMermaid(), state.hasQuiz());
    }

    /**
     * Renders a parsed body once, at load, raw HTML sanitized, with every link and image URL and every quiz embed
     * left as a numbered slot for {@link CompiledBodies#fill} (the render stage's only Markdown call).
     */
    public CompiledBody compile(Node document) {
        return CompiledBodies.compile(this, document);
    }

    static boolean containsRawHtml(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }
}

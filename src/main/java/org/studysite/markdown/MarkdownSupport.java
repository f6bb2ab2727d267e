package org.studysite.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.studysite.model.LinkRef;
import org.studysite.model.Outline;
import org.studysite.model.SourcePosition;

/** TEMPORARY stand-in until the markdown branch lands. */
public final class MarkdownSupport {
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    public static MarkdownSupport create() {
        return new MarkdownSupport();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public Outline outline(Node document, String file, int bodyLine) {
        List<org.studysite.model.Heading> headings = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        String[] first = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                StringBuilder sb = new StringBuilder();
                h.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        sb.append(t.getLiteral());
                    }
                });
                if (first[0] == null) first[0] = sb.toString();
                String id = sb.toString().toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int line = h.getSourceSpans().isEmpty() ? 1 : h.getSourceSpans().get(0).getLineIndex() + bodyLine;
                headings.add(new org.studysite.model.Heading(h.getLevel(), id, sb.toString(),
                        new SourcePosition(file, line, 1)));
            }

            @Override
            public void visit(Link l) {
                var span = l.getSourceSpans().isEmpty() ? null : l.getSourceSpans().get(0);
                links.add(new LinkRef(l.getDestination(), false, new SourcePosition(file,
                        span == null ? bodyLine : span.getLineIndex() + bodyLine,
                        span == null ? 1 : span.getColumnIndex() + 1)));
                visitChildren(l);
            }
        });
        return new Outline(first[0], headings, links, List.of(), 0);
    }

    public RenderedMarkdown render(Node document, RenderHooks hooks) {
        return new RenderedMarkdown(renderer.render(document), false, false, false);
    }
}

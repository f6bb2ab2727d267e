package org.studysite.markdown.internal;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Our commonmark extensions: one for parsing (stateless, shared), one for rendering (per render call). */
public final class StudysiteExtensions {
    private StudysiteExtensions() {
    }

    /**
     * Callout containers (:::, and MkDocs' indented !!!, ??? and ===), {@code ==highlights==}, then post-processors in this order: drop the gh-md-toc region (so its links and headings
     * are not in the outline), GitHub alerts → callouts, raw HTML headings → headings, heading levels without gaps, heading ids (document order, after everything moved), then empty table header cells as {@code <td>}.
     */
    public static Extension parsing() {
        return (Parser.ParserExtension) builder -> builder
                .customBlockParserFactory(new CalloutBlockParser.Factory())
                .customBlockParserFactory(new IndentedAdmonitionParser.Factory())
                .customDelimiterProcessor(new HighlightDelimiterProcessor())
                .postProcessor(new TocRegionPostProcessor())
                .postProcessor(new GitHubAlertPostProcessor())
                .postProcessor(new HtmlHeadingPostProcessor())
                .postProcessor(new HeadingLevelPostProcessor())
                .postProcessor(new HeadingIdPostProcessor())
                .postProcessor(new EmptyHeaderCellPostProcessor());
    }

    /** Node renderer (headings, callouts, code, mermaid, quiz) and link rewriting for one render call. */
    public static Extension rendering(RenderState state) {
        return (HtmlRenderer.HtmlRendererExtension) builder -> builder
                .nodeRendererFactory(context -> new StudysiteNodeRenderer(context, state))
                .attributeProviderFactory(context -> new LinkAttributeProvider(state));
    }
}

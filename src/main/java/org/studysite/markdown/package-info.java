/**
 * The single commonmark configuration of a build, used by the load stage (parse + {@code outline}) and the render
 * stage ({@code render}). Public surface: {@link org.studysite.markdown.MarkdownSupport},
 * {@link org.studysite.markdown.RenderHooks}, {@link org.studysite.markdown.RenderedMarkdown}; everything else is in
 * {@code org.studysite.markdown.internal} and may change.
 *
 * <ul>
 * <li>Heading ids are fixed at parse time (a post-processor replaces each heading with one carrying its id), so the
 * outline and the HTML cannot disagree.</li>
 * <li>Callouts ({@code :::tip}) are a block parser, GitHub alerts a post-processor, the gh-md-toc region
 * ({@code <!--ts-->…<!--te-->}) is dropped by a post-processor; all produce ordinary nodes.</li>
 * <li>Code is highlighted at build time with RSyntaxTextArea's tokenizers (about 0.1 ms for 200 lines).</li>
 * <li>Raw HTML is sanitized with jsoup over the whole rendered page, but only for documents that contain raw HTML;
 * quiz embeds (trusted) are put in after sanitizing.</li>
 * </ul>
 */
package org.studysite.markdown;

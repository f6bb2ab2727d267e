package org.studysite.markdown.internal;

/**
 * The one rule for a note body's heading levels, fed its headings in document order (Markdown and raw HTML alike):
 *
 * <ul>
 *   <li><b>One h1 per page.</b> A body whose first heading is an h1 opens with its title (Docusaurus's rule: the
 *       page then prints no title of its own, whatever precedes that heading, such as an HTML block). Any other h1
 *       is a section: from it on, every heading moves one level down (h1 → h2, h2 → h3, …, h6 stays), so a body
 *       written as several {@code #} parts gets h2 parts with their subsections beneath them.</li>
 *   <li><b>No gaps.</b> A heading more than one level below the one before it moves up to the next level
 *       ({@code #} then {@code ###} renders as h1, h2): docs written for other generators often skip levels for a
 *       smaller font, and HTML's outline, screen-reader heading navigation and the Nu checker require no gaps. The
 *       page title counts as the level before the first heading, so a note that opens with {@code ###} gets an h2.</li>
 * </ul>
 *
 * <p>Applying it to levels it produced changes nothing, so the sanitizer can run it again over the whole body.
 */
final class HeadingLevels {
    private int previous = 1;
    private boolean first = true;
    private int shift;

    /** The level the next heading of the document gets. */
    int next(int written) {
        if (written == 1 && !first) {
            shift = 1;
        }
        int level = Math.min(Math.min(6, written + shift), previous + 1);
        previous = level;
        first = false;
        return level;
    }
}

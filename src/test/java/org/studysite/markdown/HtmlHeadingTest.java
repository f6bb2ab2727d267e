package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.Heading;
import org.studysite.model.Outline;

/** Raw HTML headings as GitHub READMEs write them: read as headings when they hold only text. */
class HtmlHeadingTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static Outline outline(String markdown) {
        return MD.outline(MD.parse(markdown), "README.md", 1);
    }

    private static String html(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY).html();
    }

    @Test
    void aCentredH1OpeningTheBodyIsTheTitleAndNotKeptAsRawHtml() {
        String md = "<h1 align=\"center\">My <b>Cert</b> Notes</h1>\n\n## Part one\n\nText.\n";
        assertEquals("My Cert Notes", outline(md).firstHeading());
        assertEquals(List.of("my-cert-notes", "part-one"), outline(md).headings().stream().map(Heading::id).toList());
        assertTrue(!html(md).contains("align="), html(md));
    }

    @Test
    void aRawH2GetsAnIdAndItsLineLikeAMarkdownHeading() {
        Outline o = outline("# Title\n\nText.\n\n<h2>Exam &amp; tips</h2>\n");
        Heading h = o.headings().get(1);
        assertEquals(List.of(2, "exam--tips", "Exam & tips", 5), List.of(h.level(), h.id(), h.text(), h.position().line()));
    }

    @Test
    void aHeadingHoldingAnImageOrALinkOrFollowedByMoreHtmlStaysRaw() {
        assertEquals(List.of(), outline("<h1><img src=\"logo.png\" alt=\"Logo\"></h1>\n").headings());
        assertEquals(List.of(), outline("<h2><a href=\"x.md\">X</a></h2>\n").headings());
        assertEquals(List.of(), outline("<h2>A</h2>\n<p>and more</p>\n").headings());
    }

    @Test
    void markupInsideTheTextIsTextNotHtml() {
        String page = html("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>\n");
        assertTrue(page.contains("&lt;script&gt;") && !page.contains("<script"), page);
    }
}

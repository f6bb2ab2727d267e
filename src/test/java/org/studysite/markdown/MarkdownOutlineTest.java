package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studysite.model.Heading;
import org.studysite.model.LinkRef;
import org.studysite.model.Outline;
import org.studysite.model.QuizEmbed;
import org.studysite.model.SourcePosition;

class MarkdownOutlineTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    /** Body starts on line 5 of the file (4 lines of front matter). */
    private static Outline outline(String body) {
        return MD.outline(MD.parse(body), "notes/a.md", 5);
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition("notes/a.md", line, column);
    }

    @Test
    void exactPositionsWithBodyOffset() {
        String body = """
                # Title

                Text with [a link](b.md) and ![pic](img/p.png "t").
                  Second line [ref][r] and <https://example.com/x>.

                - item [in list](c.md#sec)
                  > quoted ![img](q.png)

                ## Sub `code` heading
                | col | link |
                |-----|------|
                | x   | [cell](d.md) |

                Visit https://auto.example.org now.

                [r]: ref.md
                """;
        Outline o = outline(body);
        assertEquals(List.of(
                new Heading(1, "title", "Title", at(5, 1)),
                new Heading(2, "sub-code-heading", "Sub code heading", at(13, 1))), o.headings());
        assertEquals(List.of(
                new LinkRef("b.md", false, at(7, 11)),
                new LinkRef("img/p.png", true, at(7, 30)),
                new LinkRef("ref.md", false, at(8, 15)),
                new LinkRef("https://example.com/x", false, at(8, 28)),
                new LinkRef("c.md#sec", false, at(10, 8)),
                new LinkRef("q.png", true, at(11, 12)),
                new LinkRef("d.md", false, at(16, 9)),
                new LinkRef("https://auto.example.org", false, at(18, 7))), o.links());
    }

    @Test
    void headingAndLinkPositionsInsideCalloutsAndAlerts() {
        String body = """
                :::tip Title
                ### In callout
                See [x](x.md).
                :::

                > [!NOTE]
                > See [y](y.md).
                """;
        Outline o = outline(body);
        assertEquals(at(6, 1), o.headings().get(0).position());
        assertEquals(List.of(new LinkRef("x.md", false, at(7, 5)), new LinkRef("y.md", false, at(11, 7))),
                o.links());
    }

    @Test
    void linkInHeadingAndImageInLink() {
        Outline o = outline("## See [guide](guide.md)\n\n[![badge](b.svg)](https://ci)\n");
        assertEquals(List.of(
                new LinkRef("guide.md", false, at(5, 8)),
                new LinkRef("https://ci", false, at(7, 1)),
                new LinkRef("b.svg", true, at(7, 2))), o.links());
    }

    @Test
    void quizEmbedsWithPositions() {
        Outline o = outline("Intro\n\n```quiz experimentation\n```\n\n- x\n\n  ```quiz experimentation#q3\n  ```\n");
        assertEquals(List.of(
                new QuizEmbed("experimentation", null, at(7, 1)),
                new QuizEmbed("experimentation", "q3", at(12, 3))), o.quizEmbeds());
    }

    @Test
    void ghMdTocRegionIsNotInTheOutline() {
        String body = """
                # Title
                <!--ts-->
                * [Intro](#intro)
                * [Other](#other)
                <!--te-->

                ## Intro
                See [x](x.md).
                """;
        Outline o = outline(body);
        assertEquals(List.of("title", "intro"), o.headings().stream().map(Heading::id).toList());
        assertEquals(List.of("x.md"), o.links().stream().map(LinkRef::destination).toList());
    }

    @Test
    void theHeadingOfAGhMdTocRegionGoesWithIt() {
        String body = """
                # Title

                Table of contents
                =================

                <!--ts-->
                * [Intro](#intro)
                <!--te-->

                ## Contents of the box

                ## Intro
                """;
        assertEquals(List.of("title", "contents-of-the-box", "intro"),
                outline(body).headings().stream().map(Heading::id).toList());
        assertEquals(List.of("title", "intro"), outline("# Title\n\n## TOC:\n<!--ts-->\n* [a](#a)\n<!--te-->\n\n## Intro\n")
                .headings().stream().map(Heading::id).toList());
    }

    @Test
    void wordCount() {
        assertEquals(7, outline("# Two words\n\nThree *more* words, `code` — ok!\n\n```mermaid\ngraph TD\n```\n")
                .wordCount());
    }

    @Test
    void emptyDocument() {
        Outline o = outline("");
        assertEquals(new Outline(null, List.of(), List.of(), List.of(), 0, List.of()), o);
    }
}

package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.diag.Diagnostic;
import org.studysite.testing.NuChecker;
import org.studysite.testing.Sites;

/**
 * Docs folders written for other generators (copied from Docusaurus, VitePress, Jekyll and Just the Docs; see
 * each folder's README.txt) build with {@code --broken-links warn}: valid HTML, no template syntax leaking into
 * the text, their links resolved, and the only warnings the links to pages left out of the trimmed copy.
 */
class RealWorldSitesTest {
    /** Template syntax of the six dialects that must never show up as text outside code. */
    private static final Pattern LEAK = Pattern.compile(
            "\\{%|\\{/\\*|\\{\\{\\s*(site|page|\\$frontmatter)\\.|^\\s*:::|<Tabs|<TabItem|^(import|export) |\\{:|\\[\\[toc]]"
                    + "|^\\s*(!!!|\\?\\?\\?|===) |:octicons-|\\{ \\.|^:   |\\{\\{[<%]",
            Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docusaurus, 17, 8", "vitepress, 12, 18", "jekyll, 8, 8", "just-the-docs, 9, 4",
            "mkdocs-material, 6, 16", "hugo-book, 8, 0"})
    void buildsValidPagesWithOnlyTheExpectedWarnings(String name, int pages, int brokenLinks) throws Exception {
        Path out = tmp.resolve("out");
        BuildResult r = build(name, out);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<String> warnings = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(brokenLinks, warnings.stream().filter(w -> w.contains(": warning: broken ")
                || w.contains(": warning: image ")).count(), () -> String.join("\n", warnings));
        assertEquals(brokenLinks, warnings.size(), () -> String.join("\n", warnings));
        List<Path> html = NuChecker.pages(out);
        assertEquals(pages, html.size(), html::toString);
        List<String> leaks = new ArrayList<>();
        for (Path page : html) {
            leaks.addAll(leaks(out, page));
        }
        assertEquals(List.of(), leaks);
        assertEquals(List.of(), NuChecker.errors(out, html));
    }

    @Test
    void docusaurusAdmonitionsTabsCategoriesAndDocsUrlsWork() throws IOException {
        Path out = tmp.resolve("docusaurus");
        assertTrue(build("docusaurus", out).ok());
        Document admonitions = page(out, "markdown-features/admonitions.html");
        assertTrue(admonitions.select("main aside.callout-tip, main aside.callout-warning").size() >= 2);
        Document tabs = page(out, "markdown-features/tabs.html");
        assertEquals(List.of("Apple", "Orange", "Banana"),
                tabs.select("main li > strong").eachText().subList(0, 3));
        Document home = page(out, "index.html");
        assertTrue(home.select("#site-nav a").eachText().contains("Tutorial - Basics"), home.select("#site-nav").text());
        // Site URLs ("/docs/intro", a slug), ids, paths without extension and "@site/docs/…" all reach their page.
        List<String> hrefs = page(out, "markdown-features/links.html").select("main a[href]").eachAttr("href");
        assertTrue(hrefs.containsAll(List.of("admonitions.html#specifying-title", "tabs.html", "../intro.html",
                "../tutorial-basics/create-a-document.html", "../tutorial-basics/congratulations.html",
                "../tutorial-extras/translate-your-site.html")), hrefs::toString);
    }

    @Test
    void mkdocsAdmonitionsCollapsiblesTabsAndDefinitionsWork() throws IOException {
        Path out = tmp.resolve("mkdocs-material");
        assertTrue(build("mkdocs-material", out).ok());
        Document admonitions = page(out, "reference/admonitions.html");
        // "!!! note", with a title, without one (""), and nested code inside.
        assertEquals("Phasellus posuere in sem ut cursus", admonitions.select("main aside.callout-note > .callout-title")
                .eachText().stream().filter(t -> t.startsWith("Phasellus")).findFirst().orElse(null));
        assertTrue(admonitions.select("main aside.callout-note").stream().anyMatch(a -> a.selectFirst(".callout-title") == null),
                "!!! note \"\" has no title");
        assertTrue(admonitions.select("main aside.callout-note pre code.language-python").size() >= 1);
        // "??? note" closed, "???+ note" open.
        assertEquals(List.of(false, true), admonitions.select("main details.callout-details").stream()
                .map(d -> d.hasAttr("open")).toList());
        // A definition holding an admonition: the admonition survives under its term.
        assertEquals("Question", admonitions.selectFirst("main li > aside.callout-info > .callout-title").text());
        assertTrue(admonitions.select("main a").eachText().contains("Insiders only"), "icon and attribute list dropped");
        Document tabs = page(out, "reference/content-tabs.html");
        assertTrue(tabs.select("main p.callout-tab > strong").eachText().containsAll(List.of("C", "C++", "Unordered list",
                "Ordered list")), tabs.select("main p.callout-tab").eachText()::toString);
        assertEquals(List.of("Unordered List", "Ordered List"), tabs.select("main aside.callout-note > p.callout-tab")
                .eachText(), "tabs nested in an \"!!! example\" admonition");
    }

    @Test
    void hugoShortcodesSectionPagesWeightsAndRefLinksWork() throws IOException {
        Path out = tmp.resolve("hugo-book");
        assertTrue(build("hugo-book", out).ok());
        // _index.md is its folder's page; {{< ref >}} / {{< relref >}} links resolve like any link.
        assertEquals(List.of("docs/shortcodes/index.html"), page(out, "index.html").select("main article a").eachAttr("href"));
        assertEquals(List.of("hints.html", "details.html", "tabs.html#example"),
                page(out, "docs/shortcodes/index.html").select("main article a").eachAttr("href"));
        Document hints = page(out, "docs/shortcodes/hints.html");
        assertEquals(List.of("callout-note", "callout-info", "callout-tip", "callout-warning", "callout-danger"),
                hints.select("main aside.callout").stream().limit(5).map(a -> a.className().replace("callout ", "")).toList());
        assertTrue(hints.selectFirst("main pre code").text().startsWith("{{% hint [info|success|warning|danger] %}}"),
                "an escaped shortcode in code is shown as Hugo shows it");
        Document details = page(out, "docs/shortcodes/details.html");
        assertEquals(List.of("Title", "Title"), details.select("main details.callout-details > summary").eachText());
        assertEquals(List.of(true, true), details.select("main details.callout-details").stream().map(d -> d.hasAttr("open")).toList());
        // Each tab's label is a paragraph of its own, in bold, above its content.
        assertEquals(List.of("MacOS", "Linux", "Windows"), page(out, "docs/shortcodes/tabs.html")
                .select("main article > p:has(> strong)").stream().filter(p -> p.text().equals(p.child(0).text()))
                .map(org.jsoup.nodes.Element::text).toList());
    }

    @Test
    void vitepressContainersHomeHeroAndSiteRelativeLinksWork() throws IOException {
        Path out = tmp.resolve("vitepress");
        assertTrue(build("vitepress", out).ok());
        Document markdown = page(out, "guide/markdown.html");
        Element details = markdown.selectFirst("main details.callout-details");
        assertTrue(details != null && details.selectFirst("summary") != null);
        assertEquals("VitePress", page(out, "index.html").selectFirst("h1").text());
        assertEquals("Docs with VitePress", page(out, "guide/frontmatter-example.html").selectFirst("h1").text());
        assertTrue(page(out, "guide/routing.html").select("main a[href]").eachAttr("href")
                .contains("getting-started.html"));
    }

    @Test
    void jekyllPermalinksAndLiquidLinksResolve() throws IOException {
        Path out = tmp.resolve("jekyll");
        assertTrue(build("jekyll", out).ok());
        assertTrue(Files.exists(out.resolve("docs/permalinks/index.html")));
        List<String> hrefs = page(out, "docs/pages/index.html").select("main a[href]").eachAttr("href");
        assertTrue(hrefs.contains("../permalinks/index.html"), hrefs::toString);
    }

    @Test
    void liquidRawMarkersInsideFencesAndKramdownSpanAttributesAreNotShown() throws IOException {
        Path out = tmp.resolve("jekyll-posts");
        assertTrue(build("jekyll", out).ok());
        Document posts = page(out, "docs/posts/index.html");
        String code = String.join("\n", posts.select("main pre code").eachText());
        assertFalse(code.contains("raw %}"), code);
        assertTrue(code.contains("{% for post in site.posts %}") && code.contains("{{ site.url }}/assets/screenshot.jpg")
                && code.contains("{{ member.name }}"), code);
        // The "{% raw %}" line inside the fence does not become a blank first line of the code.
        assertTrue(posts.select("main pre code").get(2).wholeText().startsWith("<ul>"), code);
        assertFalse(posts.selectFirst("main").text().contains("{:"), posts.selectFirst("main").text());
        assertEquals("Stop and rerun the jekyll serve command.", posts.selectFirst("main p > strong").text());
    }

    @Test
    void jekyllRelativeLinksResolveAgainstThePermalinkEvenAboveTheContentFolder() throws IOException {
        // Pointing --content at _docs itself: ../permalinks/ climbs above posts.md's folder, not above its URL.
        Path out = tmp.resolve("jekyll-docs");
        BuildResult r = Build.run(new BuildOptions(Path.of("src/test/resources/realworld/jekyll/_docs"), out, null,
                false, null));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertTrue(page(out, "docs/posts/index.html").select("main a[href]").eachAttr("href")
                .contains("../permalinks/index.html"));
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).noneMatch(w -> w.contains("`../permalinks/`")));
    }

    @Test
    void vuePageScriptSetupBlockIsNotTextAndTheHeadingAfterItIsTheTitle() throws IOException {
        Path out = tmp.resolve("vitepress-team");
        assertTrue(build("vitepress", out).ok());
        Document team = page(out, "reference/default-theme-team-page.html");
        assertEquals(List.of("Team Page"), team.select("main h1").eachText());
        assertFalse(team.selectFirst("main").text().contains("const members"));
    }

    @Test
    void mdxExpressionsAreDroppedAndWhitespaceLiteralsKeptAsSpaces() throws IOException {
        Path out = tmp.resolve("docusaurus-react");
        assertTrue(build("docusaurus", out).ok());
        Element main = page(out, "markdown-features/react.html").selectFirst("main");
        main.select("pre").remove();
        String text = main.text();
        assertTrue(text.contains("Docusaurus green and Facebook blue are my favorite colors."), text);
        for (String leak : List.of("{MyComponentSource}", "JSON.stringify", "Object.entries", "{contentTitle}", "{`")) {
            assertFalse(text.contains(leak), leak + " in " + text);
        }
        assertTrue(main.select("h2[id=using-jsx-in-markdown]").size() == 1, "explicit heading ids are kept");
    }

    @Test
    void kramdownMarkdownDivKeepsItsMarkdownAndTheFenceAfterIt() throws IOException {
        Path out = tmp.resolve("jtd");
        assertTrue(build("just-the-docs", out).ok());
        Document buttons = page(out, "docs/ui-components/buttons.html");
        assertTrue(buttons.select("main p > a[href=http://example.com/]").size() >= 5);
        assertTrue(buttons.select("main pre code.language-markdown").first().text().contains("{: .btn }"));
    }

    private static BuildResult build(String name, Path out) {
        return Build.run(new BuildOptions(Path.of("src/test/resources/realworld", name), out, null, false, null));
    }

    private static Document page(Path out, String rel) throws IOException {
        return Jsoup.parse(out.resolve(rel).toFile(), "UTF-8");
    }

    private static List<String> leaks(Path out, Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element main = doc.selectFirst("main");
        if (main == null) {
            return List.of();
        }
        main.select("pre, code").remove();
        List<String> found = new ArrayList<>();
        String text = main.wholeText();
        Matcher m = LEAK.matcher(text);
        while (m.find()) {
            found.add(out.relativize(page) + ": " + text.substring(Math.max(0, m.start() - 30),
                    Math.min(text.length(), m.end() + 30)).replace('\n', ' '));
        }
        return found;
    }
}

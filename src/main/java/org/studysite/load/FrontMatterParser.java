package org.studysite.load;

import org.studysite.model.SourcePosition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.model.FrontMatter;

/** Splits a note into its YAML front matter (Docusaurus fields) and its Markdown body. */
final class FrontMatterParser {

    /** The note's front matter and the body that follows it, with the body's first line in the file. */
    record Split(FrontMatter frontMatter, String body, int bodyLine) {
    }

    static final Set<String> KNOWN = Set.of("id", "title", "sidebar_label", "sidebar_position", "slug",
            "description", "tags", "draft", "hide_table_of_contents", "toc_max_heading_level", "toc_min_heading_level",
            "pagination_prev", "pagination_next", "keywords", "image", "hide_title", "sidebar_class_name",
            "last_update", "custom_edit_url", "unlisted", "displayed_sidebar", "pagination_label", "sidebar_custom_props",
            "layout", "date", "author", "authors", "nav_order", "parent", "permalink", "outline", "head", "lang",
            // Fields of other generators that have no meaning here and are ignored without a warning: VitePress
            // (home page hero/features, theme switches), Jekyll and Just the Docs (navigation, redirects), Material
            // for MkDocs (page template, hidden sidebars, icon, status badge, subtitle), Hugo (weight orders, as nav_order; linkTitle labels; hugo-book's switches).
            "hero", "features", "editLink", "lastUpdated", "aside", "sidebar", "navbar", "footer", "pageClass",
            "titleTemplate", "prev", "next", "search", "redirect_from", "redirect_to", "has_children", "has_toc",
            "grand_parent", "nav_exclude", "nav_fold", "child_nav_order", "categories", "excerpt", "published",
            "render_with_liquid", "sitemap", "comments", "toc", "math", "weight", "linkTitle", "type", "aliases", "menu", "lastmod", "publishDate", "expiryDate", "summary",
            "bookCollapseSection", "bookFlatSection", "bookHidden", "bookToc", "bookComments", "bookSearchExclude", "template", "hide", "icon", "status",
            "subtitle");

    private FrontMatterParser() {
    }

    static Split split(String text, String file, Diagnostics diagnostics) {
        if (!text.startsWith("---")) {
            return new Split(FrontMatter.EMPTY, text, 1);
        }
        int firstEol = text.indexOf('\n');
        if (firstEol < 0 || !text.substring(0, firstEol).strip().equals("---")) {
            return new Split(FrontMatter.EMPTY, text, 1);
        }
        int pos = firstEol + 1;
        int line = 2;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String l = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).strip();
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(firstEol + 1, pos);
                String body = eol < 0 ? "" : text.substring(eol + 1);
                FrontMatter fm = YamlFields.parse(yaml, file, 2, diagnostics)
                        .map(f -> toFrontMatter(f, file, diagnostics)).orElse(FrontMatter.EMPTY);
                return new Split(fm, body, line + 1);
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
            line++;
        }
        diagnostics.error(new SourcePosition(file, 1, 1), "front matter starts with `---` but is never closed",
                "add a line `---` after the last front matter field");
        return new Split(FrontMatter.EMPTY, text, 1);
    }

    private static FrontMatter toFrontMatter(YamlFields yaml, String file, Diagnostics d) {
        Map<String, YamlFields.Field> f = yaml.fields();
        f.forEach((name, field) -> {
            if (!KNOWN.contains(name)) {
                d.warning(new SourcePosition(file, field.line(), field.column()), "unknown front matter field `" + name + "` is ignored",
                        DidYouMean.hint(name, List.of("id", "title", "sidebar_label", "sidebar_position", "slug",
                                "description", "tags", "draft", "hide_table_of_contents", "toc_max_heading_level",
                                "pagination_prev", "pagination_next"), "known fields"));
            }
        });
        Reader r = new Reader(f, file, d);
        // Jekyll's `permalink: /docs/pages/` publishes the page at that URL, as a Docusaurus slug does; links in
        // Jekyll sites are written against those URLs. Placeholders (`:title`) and `pretty` are not URLs: ignored.
        String slug = r.path("slug", true);
        String permalink = r.text("permalink");
        if (slug == null && permalink != null && permalink.startsWith("/") && !permalink.contains(":")) {
            slug = r.path("permalink", true);
        }
        // A VitePress home page (`layout: home`) has no body or title, only `hero.name`/`hero.text`.
        String title = r.text("title");
        YamlFields.Field hero = f.get("hero");
        if (title == null && hero != null && hero.value().isObject()) {
            title = hero.value().path("name").asText(hero.value().path("text").asText(null));
        }
        // The other generators' own ordering fields order the sidebar too: Just the Docs' nav_order, Hugo's weight.
        Integer position = r.integer("sidebar_position");
        position = position != null ? position : r.integer("nav_order");
        position = position != null ? position : r.integer("weight");
        return new FrontMatter(r.path("id", false), title, r.text("sidebar_label") != null ? r.text("sidebar_label") : r.text("linkTitle"), position,
                slug, r.text("description"), r.list("tags"), r.bool("draft"),
                r.bool("hide_table_of_contents"), r.integer("toc_max_heading_level"),
                r.text("pagination_prev"), r.text("pagination_next"), positions(f, file));
    }

    private static Map<String, SourcePosition> positions(Map<String, YamlFields.Field> fields, String file) {
        Map<String, SourcePosition> out = new java.util.LinkedHashMap<>();
        fields.forEach((name, field) -> out.put(name, new SourcePosition(file, field.line(), field.column())));
        return Map.copyOf(out);
    }

    /** Typed access to fields, reporting a wrong type at the field's position. */
    private record Reader(Map<String, YamlFields.Field> fields, String file, Diagnostics d) {
        String text(String name) {
            return get(name, n -> n.isValueNode() ? n.asText() : null, "a text value");
        }

        /** A value that becomes part of the page's output path; null (after an error) when it cannot be one. */
        String path(String name, boolean mayStartWithSlash) {
            String value = text(name);
            if (value == null || value.isBlank()) {
                return value;
            }
            var problem = PagePath.problem(value, mayStartWithSlash);
            problem.ifPresent(why -> {
                YamlFields.Field field = fields.get(name);
                d.error(new SourcePosition(file, field.line(), field.column()), "front matter `" + name + ": " + value + "` " + why,
                        PagePath.hint(name));
            });
            return problem.isPresent() ? null : value;
        }

        Integer integer(String name) {
            return get(name, n -> n.isNumber() ? Integer.valueOf((int) Math.round(n.asDouble()))
                    : n.isTextual() && n.asText().matches("-?\\d+") ? Integer.valueOf(n.asText()) : null, "a number");
        }

        boolean bool(String name) {
            // `draft: "true"` (quoted, as front matter written for other generators often has it) means true.
            Boolean b = get(name, n -> n.isBoolean() ? Boolean.valueOf(n.asBoolean())
                    : n.isTextual() && n.asText().strip().matches("(?i)true|false")
                    ? Boolean.valueOf(n.asText().strip().equalsIgnoreCase("true")) : null, "true or false");
            return b != null && b;
        }

        List<String> list(String name) {
            List<String> l = get(name, n -> {
                List<String> out = new ArrayList<>();
                if (n.isArray()) {
                    n.forEach(e -> out.add(e.isObject() && e.has("label") ? e.get("label").asText() : e.asText()));
                    return out;
                }
                return n.isTextual() ? List.of(n.asText()) : null;
            }, "a list like [a, b]");
            return l == null ? List.of() : List.copyOf(l);
        }

        private <T> T get(String name, Function<JsonNode, T> convert, String expected) {
            YamlFields.Field field = fields.get(name);
            if (field == null || field.value().isNull()) {
                return null;
            }
            T value = convert.apply(field.value());
            if (value == null) {
                d.error(new SourcePosition(file, field.line(), field.column()), "front matter field `" + name + "` must be " + expected,
                        "found: " + field.value().toString());
            }
            return value;
        }
    }
}

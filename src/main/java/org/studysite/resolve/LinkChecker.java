package org.studysite.resolve;

import org.studysite.model.SourcePosition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.diag.Severity;
import org.studysite.diag.DidYouMean;
import org.studysite.model.Content;
import org.studysite.model.Heading;
import org.studysite.model.LinkRef;
import org.studysite.model.Note;

/**
 * Checks every link of every note, and of the Markdown text of every quiz and exam file, and maps internal ones to
 * site URLs: relative .md links (with #anchor), links to other files beside the notes, and #anchors within the
 * page. A broken link is reported at its source line and column. One rule for both: a quiz file's links are
 * relative to its own folder, as a note's are.
 */
final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");
    private static final Pattern HTML_SUFFIX = Pattern.compile("\\.html$");
    private static final Pattern INDEX_HTML = Pattern.compile("/index\\.html$");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(md|mdx|html)$");
    /** The destination the load stage gives an Obsidian wikilink ({@code [[Note#Heading]]} → {@code wiki:Note#Heading}). */
    private static final String WIKI = "wiki:";

    private final Map<String, Note> bySource = new HashMap<>();
    private final Map<String, Note> byId;
    private final Map<String, String> urlByNoteId;
    private final Set<String> assets = new HashSet<>();
    /** Notes that lost an id or URL clash (already an error): a link to one is not a second error. */
    private final Set<String> clashLosers = new HashSet<>();
    private final Set<String> folderPages;
    private final Map<String, Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
    private final Severity severity;
    private final ResolveMemo memo;
    /** Obsidian wikilinks name a file, not a path: notes and other files by lower-case file name (notes without .md). */
    private final Map<String, List<Note>> notesByName = new HashMap<>();
    private final Map<String, List<String>> assetsByName = new HashMap<>();

    LinkChecker(Content content, Map<String, Note> byId, Map<String, String> urlByNoteId, Set<String> folderPages,
                ResolveOptions options, ResolveMemo memo) {
        this.memo = memo;
        this.byId = byId;
        this.urlByNoteId = urlByNoteId;
        this.folderPages = folderPages;
        byId.values().forEach(n -> bySource.put(n.sourcePath(), n));
        content.assets().forEach(a -> assets.add(a.sourcePath()));
        byId.values().stream().sorted(java.util.Comparator.comparing(Note::sourcePath)).forEach(n -> notesByName
                .computeIfAbsent(fileName(PAGE_SUFFIX.matcher(n.sourcePath()).replaceFirst("")), k -> new java.util.ArrayList<>()).add(n));
        assets.stream().sorted().forEach(a -> assetsByName.computeIfAbsent(fileName(a), k -> new java.util.ArrayList<>()).add(a));
        for (Note n : content.notes()) {
            Note winner = byId.get(n.id());
            if (winner != null && winner != n && !n.frontMatter().draft()) {
                clashLosers.add(n.sourcePath());
            }
        }
        this.severity = options.brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING;
    }

    /** Heading ids of a note plus ids written in its raw HTML (<a id=…>) and footnote targets. */
    Set<String> anchorsOf(Note note) {
        return anchors.computeIfAbsent(note.id(), k -> memo == null ? computeAnchors(note) : memo.anchors(note, LinkChecker::computeAnchors));
    }

    /**
     * Everything besides the note itself that checking a note's links reads: each note's id, file, folder, URL,
     * heading ids (in order, as hints list them) and anchors; the assets; the folder pages; the notes that lost an
     * id clash; the severity. A list
     * whose parts for unchanged notes are the very strings of the last resolve, so comparing it is cheap.
     */
    List<Object> universe() {
        List<Object> key = new java.util.ArrayList<>(byId.size() + 3);
        key.add(severity);
        key.add(new java.util.TreeSet<>(assets));
        key.add(new java.util.TreeSet<>(folderPages));
        key.add(new java.util.TreeSet<>(clashLosers));
        for (Note n : byId.values()) {
            String url = urlByNoteId.get(n.id());
            key.add(memo.part(n, url, () -> {
                StringBuilder sb = new StringBuilder(n.id()).append('\u0000').append(n.sourcePath()).append('\u0000')
                        .append(n.folder()).append('\u0000').append(url).append('\u0000');
                n.outline().headings().forEach(h -> sb.append(h.id()).append('\u0001'));
                return sb.append('\u0000').append(new java.util.TreeSet<>(anchorsOf(n))).toString();
            }));
        }
        return key;
    }

    private static Set<String> computeAnchors(Note note) {
        Set<String> s = new HashSet<>();
        note.outline().headings().forEach(h -> s.add(h.id()));
        s.addAll(note.htmlIds());
        return s;
    }

    /**
     * Where links are written: a note (links may also point into the note itself and, for a page with a permalink,
     * resolve against its URL) or a quiz or exam file (its text shows on several pages, so there is no "this page").
     */
    private record From(String folder, Note note, String url, String noun) {
        static From note(Note note, String url) {
            return new From(note.folder(), note, url, "this note");
        }

        static From file(String file, String noun) {
            return new From(file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "", null, null, noun);
        }
    }

    Map<String, String> check(Note note, Diagnostics d) {
        return check(From.note(note, urlByNoteId.get(note.id())), note.outline().links(), d);
    }

    /**
     * The links of the Markdown strings of one quiz or exam file: destination as written → site URL.
     *
     * @param noun how hints name the file ("this quiz file")
     */
    Map<String, String> check(String file, String noun, List<LinkRef> links, Diagnostics d) {
        return check(From.file(file, noun), links, d);
    }

    private Map<String, String> check(From from, List<LinkRef> links, Diagnostics d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LinkRef link : links) {
            String target = resolve(from, link, d);
            if (target != null) {
                out.put(link.destination(), target);
            }
        }
        return out;
    }

    private String resolve(From from, LinkRef link, Diagnostics d) {
        Note note = from.note();
        String dest = link.destination();
        if (dest.startsWith(WIKI)) {
            return wikilink(from, link, d);
        }
        if (dest.isEmpty() || SCHEME.matcher(dest).find()) {
            return null;
        }
        int hash = dest.indexOf('#');
        // Browsers read a backslash as a slash, so `..\..\x` climbs just like `../../x`.
        String path = Urls.decode(hash < 0 ? dest : dest.substring(0, hash)).replace('\\', '/');
        String anchor = hash < 0 ? null : dest.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() && note == null) {
            report(d, link, "link `" + dest + "` has no page: quiz text is shown on the quiz page, in notes and in"
                    + " exams", "link the note and its heading, e.g. `../folder/note.md" + (anchor == null ? "" : "#" + anchor) + "`");
            return null;
        }
        if (path.isEmpty()) {
            checkAnchor(from, note, anchor, link, d);
            return from.url() + (anchor == null ? "" : "#" + anchor);
        }
        if (path.startsWith("@site/")) {
            path = path.substring("@site".length()); // Docusaurus: relative to the site folder, "/docs/…" below
        }
        String joined = Urls.join(from.folder(), path);
        if (joined == null) {
            // A Jekyll page at permalink /docs/posts/ links its sibling as ../structure/: above its file's folder,
            // but right against its URL, which is what the browser resolves it against.
            Note byUrl = findByUrl(from, path, "");
            if (byUrl != null) {
                checkAnchor(from, byUrl, anchor, link, d);
                return urlByNoteId.get(byUrl.id()) + (anchor == null ? "" : "#" + anchor);
            }
            String url = from.url();
            String urlFolder = url != null && url.contains("/") ? url.substring(0, url.lastIndexOf('/')) : "";
            if (url != null && Urls.join(urlFolder, path) != null) {
                // Above the file's folder but inside the site against the page's URL: an ordinary broken link.
                report(d, link, (link.image() ? "image `" : "broken link: `") + dest + "` — no note or file there",
                        "link to a .md file relative to " + from.noun() + ", e.g. `../folder/note.md#section`");
                return null;
            }
            // Always an error, even with --broken-links warn: the path names a file outside the content folder.
            var p = link.position();
            d.error(new SourcePosition(p.file(), p.line(), p.column()), (link.image() ? "image `" : "link `") + dest
                    + "` climbs above the content folder", link.image()
                    ? "put the image in the content folder and link it relative to " + from.noun()
                    : "link to a note inside the content folder");
            return null;
        }
        if (joined.isEmpty() && path.startsWith("/")) {
            return "index.html" + (anchor == null ? "" : "#" + anchor); // "/": the home page
        }
        if (clashLosers.contains(joined)) {
            return null;
        }
        Note target = findNote(joined);
        if (target == null) {
            target = findByUrl(from, path, joined);
        }
        if (target != null) {
            checkAnchor(from, target, anchor, link, d);
            return urlByNoteId.get(target.id()) + (anchor == null ? "" : "#" + anchor);
        }
        if (assets.contains(joined) || folderPages.contains(joined)) {
            return joined + (anchor == null ? "" : "#" + anchor);
        }
        String wanted = joined;
        String hint = DidYouMean.closest(wanted, bySource.keySet()).map(s -> "did you mean `" + s + "`?")
                .orElse(link.image() ? "put the image in the content folder and link it relative to " + from.noun()
                        + ", e.g. `./img/diagram.png`"
                        : "link to a .md file relative to " + from.noun() + ", e.g. `../folder/note.md#section`");
        report(d, link, (link.image() ? "image `" : "broken link: `") + dest + "` — no note or file at `" + wanted + "`",
                hint);
        return null;
    }

    /**
     * An Obsidian wikilink: the note (or file) of that name anywhere in the content folder, the one beside this note
     * first, else the one with the shortest path; a heading by its text (or its id). Block references
     * ({@code #^id}) link the note.
     */
    private String wikilink(From from, LinkRef link, Diagnostics d) {
        String rest = Urls.decode(link.destination().substring(WIKI.length()));
        int hash = rest.indexOf('#');
        String name = (hash < 0 ? rest : rest.substring(0, hash)).strip().replace('\\', '/');
        String heading = hash < 0 ? "" : rest.substring(hash + 1).strip();
        String shown = "[[" + rest + "]]";
        Note target = name.isEmpty() ? from.note() : named(notesByName, name.replaceFirst("(?i)\\.md$", ""),
                from.folder(), Note::sourcePath);
        if (target == null) {
            String asset = name.isEmpty() ? null : named(assetsByName, name, from.folder(), a -> a);
            if (asset != null) {
                return asset;
            }
            String hint = name.isEmpty() ? "link a heading of a note: `[[Note#Heading]]`"
                    : DidYouMean.closest(fileName(name).toLowerCase(java.util.Locale.ROOT), notesByName.keySet())
                    .map(s -> "did you mean `[[" + s + "]]`?").orElse("no note or file of that name is in the content folder");
            report(d, link, (link.image() ? "image " : "broken link: ") + "`" + shown + "` — no note or file named `" + name + "`", hint);
            return null;
        }
        String url = target == from.note() ? from.url() : urlByNoteId.get(target.id());
        if (heading.isEmpty() || heading.startsWith("^")) {
            return url;
        }
        for (Heading h : target.outline().headings()) {
            if (h.text().equalsIgnoreCase(heading) || h.id().equals(heading)) {
                return url + "#" + h.id();
            }
        }
        List<String> known = target.outline().headings().stream().map(Heading::text).toList();
        report(d, link, "broken anchor: `" + shown + "` — `" + target.sourcePath() + "` has no heading `" + heading + "`",
                DidYouMean.closest(heading, known).map(s -> "did you mean `#" + s + "`?")
                        .orElse(known.isEmpty() ? "it has no headings" : "its headings: " + String.join(", ", known.stream().limit(8).toList())));
        return url;
    }

    /** Of the entries filed under the name's file name whose path ends with the name: beside {@code folder} first. */
    private static <T> T named(Map<String, List<T>> byName, String name, String folder, java.util.function.Function<T, String> path) {
        List<T> all = byName.getOrDefault(fileName(name).toLowerCase(java.util.Locale.ROOT), List.of());
        String suffix = name.toLowerCase(java.util.Locale.ROOT);
        T best = null;
        for (T t : all) {
            String p = PAGE_SUFFIX.matcher(path.apply(t)).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
            String file = path.apply(t).toLowerCase(java.util.Locale.ROOT);
            boolean matches = !name.contains("/") || p.equals(suffix) || p.endsWith("/" + suffix)
                    || file.equals(suffix) || file.endsWith("/" + suffix);
            if (!matches) {
                continue;
            }
            String dir = path.apply(t).contains("/") ? path.apply(t).substring(0, path.apply(t).lastIndexOf('/')) : "";
            if (dir.equals(folder)) {
                return t;
            }
            if (best == null || path.apply(t).length() < path.apply(best).length()) {
                best = t;
            }
        }
        return best;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Links written as site URLs rather than file paths: Docusaurus serves docs under {@code /docs/}
     * ({@code /docs/intro}, {@code /docs/markdown-features/tabs} for a slug), and VitePress and Jekyll resolve a
     * relative URL against the page's URL (a Jekyll permalink such as {@code /docs/pages/}, see {@code ../posts/}),
     * not against its file.
     */
    private Note findByUrl(From from, String path, String joined) {
        if (path.startsWith("/") && joined.startsWith("docs/")) {
            Note n = findNote(joined.substring("docs/".length()));
            if (n != null) {
                return n;
            }
        }
        String url = from.url();
        if (!path.startsWith("/") && url != null) {
            String urlFolder = url.contains("/") ? url.substring(0, url.lastIndexOf('/')) : "";
            String fromUrl = urlFolder.equals(from.folder()) ? null : Urls.join(urlFolder, path);
            if (fromUrl != null && !fromUrl.isEmpty()) {
                return findNote(fromUrl);
            }
        }
        return null;
    }

    /** Accepts foo.md, foo (Docusaurus style), foo/ (folder index), foo.html and note ids. */
    private Note findNote(String p) {
        String path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        for (String candidate : List.of(path, path + ".md", path + ".mdx", path + "/index.md", path + "/_index.md", path + "/README.md",
                HTML_SUFFIX.matcher(path).replaceFirst(".md"), INDEX_HTML.matcher(path).replaceFirst("/index.md"))) {
            Note n = bySource.get(candidate);
            if (n != null) {
                return n;
            }
        }
        Note byIdMatch = byId.get(PAGE_SUFFIX.matcher(path).replaceFirst(""));
        if (byIdMatch != null) {
            return byIdMatch;
        }
        for (Map.Entry<String, String> e : urlByNoteId.entrySet()) {
            if (e.getValue().equals(path) || e.getValue().equals(path + ".html") || e.getValue().equals(path + "/index.html")) {
                return byId.get(e.getKey());
            }
        }
        return null;
    }

    private void checkAnchor(From from, Note target, String anchor, LinkRef link, Diagnostics d) {
        if (anchor == null || anchor.isEmpty() || anchor.startsWith("fn-") || anchor.startsWith("fnref-")) {
            return;
        }
        Set<String> ids = anchorsOf(target);
        if (!ids.contains(anchor) && !ids.contains(Urls.decode(anchor))) {
            List<String> known = target.outline().headings().stream().map(Heading::id).toList();
            String hint = DidYouMean.closest(anchor, known).map(s -> "did you mean `#" + s + "`?")
                    .orElse(known.isEmpty() ? "`" + target.sourcePath() + "` has no headings"
                            : "headings there: " + String.join(", ", known.stream().limit(8).map(s -> "#" + s).toList()));
            String where = target == from.note() ? "this note" : "`" + target.sourcePath() + "`";
            report(d, link, "broken anchor: `#" + anchor + "` is not a heading in " + where, hint);
        }
    }

    private void report(Diagnostics d, LinkRef link, String message, String hint) {
        d.add(new Diagnostic(severity, link.position(), message, hint));
    }
}

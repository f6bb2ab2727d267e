package org.studysite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.studysite.concurrent.Parallel;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.diag.Timings;
import org.studysite.load.ContentLoader;
import org.studysite.load.LoadCache;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.Content;
import org.studysite.model.SourcePosition;
import org.studysite.render.RenderPlan;
import org.studysite.render.SiteRenderer;
import org.studysite.render.Templates.TemplateProblem;
import org.studysite.resolve.ResolveMemo;
import org.studysite.resolve.ResolveOptions;
import org.studysite.resolve.Site;
import org.studysite.resolve.SiteResolver;

/**
 * The dev server's site: the whole pipeline kept warm between edits. Each {@link #refresh} reloads only the files
 * whose size or modification time changed, re-resolves the whole site (never stale), and re-renders only the
 * outputs whose fingerprint changed, the pages open in a browser first. The result is kept in a temporary folder
 * that always holds the last site without errors, byte for byte what a clean {@code build} of the same files writes.
 */
public final class LiveSite implements AutoCloseable {
    /** The longest the rest of a refresh waits for the open pages to reload. */
    static final long HOLD_MS = 1000;
    /**
     * What one refresh did. changed lists the output paths whose bytes changed (written or deleted); empty when the
     * content has errors, in which case the previous site stays served.
     */
    public record Update(List<Diagnostic> diagnostics, Set<String> changed, int rendered, long millis) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }

        /** Only stylesheets changed: a browser can swap them instead of reloading. */
        public boolean cssOnly() {
            return !changed.isEmpty() && changed.stream().allMatch(p -> p.endsWith(".css"));
        }
    }

    private final BuildOptions options;
    private final Path dir;
    private final long holdMs;
    /** Set before close takes the lock, so a refresh still waiting for it does nothing. */
    private volatile boolean closed;
    private final MarkdownSupport markdown = MarkdownSupport.create();
    private final LoadCache cache = LoadCache.create();
    private final ResolveMemo resolveMemo = new ResolveMemo();
    private SiteRenderer renderer;
    /** Output path → fingerprint of its inputs when it was last rendered. */
    private Map<String, String> fingerprints = new HashMap<>();
    /** Group name → fingerprint when it was last made, and the files it made. */
    private Map<String, String> groupFingerprints = new HashMap<>();
    private final Map<String, Set<String>> groupFiles = new HashMap<>();
    /**
     * Group name → the bytes of each file it wrote when last made, to compare a new file with in memory rather than
     * read it back from the folder. Kept while a group's files take at most {@link #GROUP_BYTES} (a 1,000-note
     * site's search index, 4.8 MB): a 10,000-note site's, 35 MB, would cost its heap more collections than its
     * 0.2 s of reading. Dropped when a refresh fails, as the folder may then hold files written after them.
     */
    private final Map<String, Map<String, byte[]>> groupBytes = new ConcurrentHashMap<>();
    private static final long GROUP_BYTES = Runtime.getRuntime().maxMemory() / 32;
    /** What a request may be served while a refresh runs. */
    private final Freshness freshness;
    /** The output paths in the folder. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** The folders made in it (so each is made once; a deleted one is taken out). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The first refresh writes into an empty folder nobody has the address of yet: no temporary files needed. */
    private volatile boolean initial = true;
    private final Set<String> mermaidPages = ConcurrentHashMap.newKeySet();
    /** A template changed and not every output was rendered with the new templates yet. */
    private boolean templatesPending;

    private LiveSite(BuildOptions options, Path dir, long holdMs) {
        this.options = options;
        this.dir = dir;
        this.holdMs = holdMs;
        this.freshness = new Freshness(dir);
    }

    /** options.out is ignored: the site lives in a new temporary folder, deleted by {@link #close}. */
    public static LiveSite open(BuildOptions options) {
        return open(options, HOLD_MS);
    }

    /** As {@link #open(BuildOptions)}, holding the rest of a refresh back at most holdMs (tests). */
    static LiveSite open(BuildOptions options, long holdMs) {
        try {
            return new LiveSite(options, Files.createTempDirectory("studysite-serve-").toRealPath(), holdMs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the current site. */
    public Path dir() {
        return dir;
    }

    /**
     * Brings the site up to date with the content folder. touched are content files known to have changed (read
     * again whatever their time stamps say); every other file is checked by size and modification time.
     * templatesChanged re-renders every output.
     */
    public Update refresh(Collection<Path> touched, boolean templatesChanged) {
        return refresh(touched, templatesChanged, Set.of(), u -> CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #refresh(Collection, boolean)}, but the outputs named in {@code first} (the pages open in a browser)
     * are rendered and written before the rest, and {@code early} is told about them at once (an
     * update without diagnostics: those come with the whole update), so an open page can
     * reload before the other pages, the A–Z pages and the search index are fingerprinted and made. Until they are, a
     * request for any of them waits in {@link #awaitFresh}: no stale file is served. {@code early} returns what completes when those
     * pages show their new version (swapped in or reloaded): the rest (CPU-heavy: the search index alone takes longer) waits for it, so
     * the browser does not share the machine with it, but never longer than {@link #HOLD_MS}, and not at all once
     * a request waits for a file still to be written. Returns the whole update.
     */
    public synchronized Update refresh(Collection<Path> touched, boolean templatesChanged, Set<String> first,
                                       Function<Update, CompletableFuture<?>> early) {
        if (closed) { // a refresh after close would write the deleted folder again
            return new Update(List.of(), Set.of(), 0, 0);
        }
        try {
            return update(touched, templatesChanged, first, early);
        } finally {
            initial = false;
        }
    }

    private Update update(Collection<Path> touched, boolean templatesChanged, Set<String> first,
                          Function<Update, CompletableFuture<?>> early) {
        long start = System.nanoTime();
        Path root = options.content().toAbsolutePath().normalize();
        for (Path p : touched) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(root)) {
                cache.invalidate(root.relativize(abs).toString().replace('\\', '/'));
            }
        }
        hint(touched, root);
        templatesPending |= templatesChanged;
        Diagnostics d = new Diagnostics();
        Timings.mark("refresh");
        Content content = new ContentLoader(markdown).load(options.content(), d, cache);
        Timings.mark("load");
        if (options.baseUrl() != null) {
            content = content.withConfig(content.config().withBaseUrl(options.baseUrl()));
        }
        Site site = SiteResolver.resolve(content, new ResolveOptions(options.brokenLinksAreErrors()), d, resolveMemo);
        Timings.mark("resolve");
        if (d.hasErrors()) {
            return update(d, Set.of(), 0, start);
        }
        boolean everything = templatesPending || renderer == null;
        if (everything) {
            renderer = new SiteRenderer(options.templates(), true);
            fingerprints = new HashMap<>();
            groupFingerprints = new HashMap<>();
        }
        RenderPlan plan = renderer.plan(site);
        boolean openFirst = !everything && !first.isEmpty();
        // The open pages and what their reload fetches (stylesheets, scripts, images: every file but a page) are
        // fingerprinted first; the other pages once the open ones show their new version. Till then those wait in awaitFresh.
        List<RenderPlan.Output> known = openFirst ? plan.outputs().stream()
                .filter(o -> fetchedFirst(o.path(), first)).toList() : plan.outputs();
        Map<String, String> next = new ConcurrentHashMap<>();
        List<RenderPlan.Output> stale;
        try {
            stale = stale(known, next);
        } catch (RuntimeException e) {
            return failed(d, e, start);
        }
        Timings.mark("fingerprints");
        Set<String> changed = new TreeSet<>();
        int count = 0;
        Set<String> knownPaths = new HashSet<>(paths(known));
        knownPaths.add(RenderPlan.MERMAID); // written or deleted with the pages that need it
        freshness.begin(paths(stale), openFirst ? knownPaths : null);
        try {
            if (openFirst) {
                List<RenderPlan.Output> now = stale.stream().filter(o -> first.contains(o.path())).toList();
                if (!now.isEmpty()) {
                    Set<String> written1 = commit(now, List.of());
                    now.forEach(o -> fingerprints.put(o.path(), next.get(o.path())));
                    freshness.release(paths(now));
                    count += now.size();
                    changed.addAll(written1);
                    Timings.mark("first");
                    // Without the diagnostics (there is no error, or nothing would be written): sorting a large
                    // site's warnings took 40 ms at 10,000 notes before the page was told; the whole update has them.
                    freshness.hold(early.apply(update(new Diagnostics(), written1, now.size(), start)), holdMs);
                    Timings.mark("hold");
                }
                List<RenderPlan.Output> rest = new ArrayList<>(stale.stream().filter(o -> !first.contains(o.path())).toList());
                rest.addAll(stale(plan.outputs().stream().filter(o -> !knownPaths.contains(o.path())).toList(), next));
                stale = rest;
            }
            Map<String, String> previous = fingerprints;
            List<String> gone = previous.keySet().stream().filter(p -> !next.containsKey(p)).toList();
            Map<String, String> nextGroups = new ConcurrentHashMap<>();
            Parallel.forEach(plan.groups(), g -> nextGroups.put(g.name(), g.fingerprint().get()));
            List<RenderPlan.Group> staleGroups = plan.groups().stream()
                    .filter(g -> !nextGroups.get(g.name()).equals(groupFingerprints.get(g.name()))).toList();
            List<String> waiting = new ArrayList<>(gone);
            waiting.addAll(paths(stale));
            staleGroups.forEach(g -> waiting.addAll(groupFiles.getOrDefault(g.name(), Set.of())));
            freshness.settle(waiting);
            Timings.mark("fingerprints2");
            // The groups (the search index above all) are made and written beside the pages, as a build makes them:
            // made after them, on a large site one core idled while the other made the index (the first refresh of
            // serve took a third longer than a build). Each on a thread of its own, so it starts at once.
            Map<String, CompletableFuture<Made>> made = new java.util.LinkedHashMap<>();
            staleGroups.forEach(g -> made.put(g.name(), CompletableFuture.supplyAsync(() -> writeGroup(g), task -> {
                Thread t = new Thread(task, "serve-" + g.name());
                t.setDaemon(true);
                t.start();
            })));
            try {
                changed.addAll(commit(stale, List.of()));
            } finally {
                made.values().forEach(f -> f.exceptionally(e -> null).join()); // nothing still running on a failure
            }
            changed.addAll(finish(new HashSet<>(), gone)); // not while the groups write: an emptied folder is deleted
            count += stale.size();
            Timings.mark("render");
            for (RenderPlan.Group g : staleGroups) {
                changed.addAll(finishGroup(g.name(), joined(made.get(g.name()))));
                groupFingerprints.put(g.name(), nextGroups.get(g.name()));
                count++;
            }
            Timings.mark("groups");
        } catch (RuntimeException e) {
            groupBytes.clear();
            return failed(d, e, start);
        } finally {
            freshness.end();
        }
        fingerprints = new HashMap<>(next);
        templatesPending = false;
        return update(d, changed, count, start);
    }

    /** Fingerprints the outputs into next and returns those whose fingerprint differs from the last one written. */
    private List<RenderPlan.Output> stale(List<RenderPlan.Output> outputs, Map<String, String> next) {
        Parallel.forEach(outputs, o -> next.put(o.path(), o.fingerprint().get()));
        return outputs.stream().filter(o -> !next.get(o.path()).equals(fingerprints.get(o.path()))).toList();
    }

    /**
     * Whether an output is fingerprinted with the open pages: one of them, or a file one of them may fetch as it
     * reloads (a stylesheet, script or image: any file but a page). A bank script (exams/ID.bank.js,
     * progress.bank.js, review.bank.js) is fetched only by its own page, and its fingerprint reads every quiz.
     */
    private static boolean fetchedFirst(String path, Set<String> first) {
        if (org.studysite.render.quiz.Banks.isBank(path)) {
            return first.stream().map(org.studysite.render.quiz.Banks::beside).anyMatch(path::equals);
        }
        return first.contains(path) || !path.endsWith(".html");
    }

    /** What a group made, or the exception that failed it (a RuntimeException, reported by the caller). */
    private static Made joined(CompletableFuture<Made> made) {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static List<String> paths(List<RenderPlan.Output> outputs) {
        return outputs.stream().map(RenderPlan.Output::path).toList();
    }

    /**
     * When the watcher named the changed paths and each is a file of the content folder (or a temporary file gone
     * again), the load takes its last listing and stats only those files; a folder, an empty path (the watcher
     * overflowed) or no paths at all (a caller that does not know) mean every file is checked.
     */
    private void hint(Collection<Path> touched, Path root) {
        Set<String> changed = new HashSet<>();
        Set<String> gone = new HashSet<>();
        boolean known = !touched.isEmpty();
        for (Path p : touched) {
            Path abs = p.toAbsolutePath().normalize();
            if (p.toString().isEmpty() || abs.equals(root) || Files.isDirectory(abs)) {
                known = false;
            } else if (abs.startsWith(root)) {
                String rel = root.relativize(abs).toString().replace('\\', '/');
                (Files.isRegularFile(abs) ? changed : gone).add(rel);
            }
        }
        if (known) {
            cache.onlyChanged(changed, gone);
        }
    }

    /**
     * Waits while {@code path} (site-relative, as a request names it) is about to change: a refresh wrote the open
     * pages first and is still fingerprinting or rendering the rest. A path that does not exist yet waits too (it
     * may be a new page).
     */
    public void awaitFresh(String path) {
        freshness.await(path);
    }

    private static Update failed(Diagnostics d, RuntimeException e, long start) {
        if (e instanceof TemplateProblem t) {
            d.error(new SourcePosition("templates/" + t.template, t.line, t.column), t.getMessage(),
                    "fix the template; the last good pages stay served");
        } else {
            d.error(new SourcePosition("(studysite)", 0, 0), "internal error while rendering: " + e,
                    "please report this with the command you ran; the last good pages stay served");
        }
        return update(d, Set.of(), 0, start);
    }

    /** What a group made: all its files, and those whose bytes changed (written). */
    private record Made(Map<String, byte[]> files, Set<String> kept) {
    }

    /** Makes a group's files and writes those that changed (safe beside the pages' commit). */
    private Made writeGroup(RenderPlan.Group g) {
        Map<String, byte[]> files = g.render().get();
        Map<String, byte[]> before = groupBytes.getOrDefault(g.name(), Map.of());
        Set<String> kept = ConcurrentHashMap.newKeySet();
        Parallel.forEach(List.copyOf(files.entrySet()), f -> {
            byte[] last = before.get(f.getKey());
            if (last == null || !java.util.Arrays.equals(last, f.getValue()) || !written.contains(f.getKey())) {
                keep(f.getKey(), new RenderPlan.Rendered(f.getValue(), false), kept);
            }
        });
        return new Made(java.util.Collections.unmodifiableMap(files), kept);
    }

    /** Deletes the files a group no longer makes; returns the group's changed paths. */
    private Set<String> finishGroup(String name, Made made) {
        List<String> gone = groupFiles.getOrDefault(name, Set.of()).stream().filter(p -> !made.files().containsKey(p)).toList();
        Set<String> changed = finish(made.kept(), gone);
        groupFiles.put(name, Set.copyOf(made.files().keySet())); // not a view: that would keep every byte of the group
        if (made.files().values().stream().mapToLong(b -> b.length).sum() <= GROUP_BYTES) {
            groupBytes.put(name, made.files());
        } else {
            groupBytes.remove(name);
        }
        return changed;
    }

    /**
     * Renders each output and writes it when its bytes changed, one at a time in parallel (a whole site is never
     * held in memory), deletes the gone paths, and ships or drops the mermaid script. Returns the changed paths.
     */
    private Set<String> commit(Collection<RenderPlan.Output> outputs, List<String> gone) {
        Set<String> changed = ConcurrentHashMap.newKeySet();
        Parallel.forEach(List.copyOf(outputs), o -> keep(o.path(), o.render().get(), changed));
        return finish(changed, gone);
    }

    /** Writes the output unless the folder holds these very bytes already (compared, not hashed: cheaper). */
    private void keep(String path, RenderPlan.Rendered r, Set<String> changed) {
        if (!written.contains(path) || !sameBytes(resolve(path), r.bytes())) {
            write(path, r.bytes());
            written.add(path);
            changed.add(path);
        }
        if (r.needsMermaid()) {
            mermaidPages.add(path);
        } else {
            mermaidPages.remove(path);
        }
    }

    private Set<String> finish(Set<String> changed, List<String> gone) {
        for (String path : gone) {
            delete(path);
            changed.add(path);
        }
        boolean mermaid = !mermaidPages.isEmpty();
        if (mermaid != written.contains(RenderPlan.MERMAID)) {
            if (mermaid) {
                write(RenderPlan.MERMAID, SiteRenderer.mermaidScript());
                written.add(RenderPlan.MERMAID);
            } else {
                delete(RenderPlan.MERMAID);
            }
            changed.add(RenderPlan.MERMAID);
        }
        return new TreeSet<>(changed);
    }

    private void write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            folder(target.getParent());
            if (initial) {
                Files.write(target, bytes);
                return;
            }
            // A request never sees a half-written page: the new file is renamed over the old one.
            Path temp = Files.createTempFile(dir, ".write-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a folder once: createDirectories for every file cost a failing mkdir and stats per file (at 10,000
     * notes 90,000 files; OutputDir does the same for a build).
     */
    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    private void delete(String path) {
        written.remove(path);
        mermaidPages.remove(path);
        Path target = resolve(path);
        try {
            Files.deleteIfExists(target);
            // Empty folders left behind would not be in a clean build.
            for (Path p = target.getParent(); !p.equals(dir) && isEmptyDir(p); p = p.getParent()) {
                folders.remove(p);
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    private Path resolve(String path) {
        Path p = dir.resolve(path).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) {
            throw new IllegalArgumentException("path escapes the site folder: " + path);
        }
        return p;
    }

    private static Update update(Diagnostics d, Set<String> changed, int rendered, long start) {
        return new Update(d.sorted(), Set.copyOf(changed), rendered, (System.nanoTime() - start) / 1_000_000);
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            deleteFolder();
        }
    }

    private void deleteFolder() {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

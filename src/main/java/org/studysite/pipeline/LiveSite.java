package org.studysite.pipeline;

import org.studysite.model.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.load.ContentLoader;
import org.studysite.load.LoadCache;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.Content;
import org.studysite.render.RenderPlan;
import org.studysite.render.SiteRenderer;
import org.studysite.render.Templates.TemplateProblem;
import org.studysite.resolve.ResolveOptions;
import org.studysite.resolve.Site;
import org.studysite.resolve.SiteResolver;

/**
 * The dev server's site: the whole pipeline kept warm between edits. Each {@link #refresh} reloads only the files
 * whose size or modification time changed, re-resolves the whole site (cheap, and never stale), and re-renders only
 * the outputs whose fingerprint changed. The result is kept in a temporary folder that always holds the last
 * site without errors, byte for byte what a clean {@code build} of the same files would write.
 */
public final class LiveSite implements AutoCloseable {
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
    private final MarkdownSupport markdown = MarkdownSupport.create();
    private final LoadCache cache = LoadCache.create();
    private SiteRenderer renderer;
    /** Output path → fingerprint of its inputs when it was last rendered. */
    private Map<String, String> fingerprints = new HashMap<>();
    /** Output path → digest of the bytes in the folder. */
    private final Map<String, String> written = new HashMap<>();
    private final Set<String> mermaidPages = new HashSet<>();
    /** A template changed and not every output was rendered with the new templates yet. */
    private boolean templatesPending;

    private LiveSite(BuildOptions options, Path dir) {
        this.options = options;
        this.dir = dir;
    }

    /** options.out is ignored: the site lives in a new temporary folder, deleted by {@link #close}. */
    public static LiveSite open(BuildOptions options) {
        try {
            return new LiveSite(options, Files.createTempDirectory("studysite-serve-").toRealPath());
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
    public synchronized Update refresh(java.util.Collection<Path> touched, boolean templatesChanged) {
        long start = System.nanoTime();
        Path root = options.content().toAbsolutePath().normalize();
        for (Path p : touched) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(root)) {
                cache.invalidate(root.relativize(abs).toString().replace('\\', '/'));
            }
        }
        templatesPending |= templatesChanged;
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader(markdown).load(options.content(), d, cache);
        if (options.baseUrl() != null) {
            content = content.withConfig(content.config().withBaseUrl(options.baseUrl()));
        }
        Site site = SiteResolver.resolve(content, new ResolveOptions(options.brokenLinksAreErrors()), d);
        if (d.hasErrors()) {
            return update(d, Set.of(), 0, start);
        }
        if (templatesPending || renderer == null) {
            renderer = new SiteRenderer(options.templates(), markdown);
            fingerprints = new HashMap<>();
        }
        RenderPlan plan = renderer.plan(site);
        Map<String, String> next = new ConcurrentHashMap<>();
        Map<String, RenderPlan.Rendered> rendered = new ConcurrentHashMap<>();
        Map<String, String> previous = fingerprints;
        try {
            plan.outputs().parallelStream().forEach(o -> {
                String f = o.fingerprint().get();
                next.put(o.path(), f);
                if (!f.equals(previous.get(o.path()))) {
                    rendered.put(o.path(), o.render().get());
                }
            });
        } catch (TemplateProblem e) {
            d.error(new SourcePosition("templates/" + e.template, e.line, e.column), e.getMessage(),
                    "fix the template; the last good pages stay served");
            return update(d, Set.of(), 0, start);
        } catch (RuntimeException e) {
            d.error(new SourcePosition("(studysite)", 0, 0), "internal error while rendering: " + e,
                    "please report this with the command you ran; the last good pages stay served");
            return update(d, Set.of(), 0, start);
        }
        Set<String> changed = commit(rendered, previous.keySet().stream().filter(p -> !next.containsKey(p)).toList());
        fingerprints = new HashMap<>(next);
        templatesPending = false;
        return update(d, changed, rendered.size(), start);
    }

    private Set<String> commit(Map<String, RenderPlan.Rendered> rendered, List<String> gone) {
        Set<String> changed = new TreeSet<>();
        rendered.forEach((path, r) -> {
            String digest = digest(r.bytes());
            if (!digest.equals(written.get(path))) {
                write(path, r.bytes());
                written.put(path, digest);
                changed.add(path);
            }
            if (r.needsMermaid()) {
                mermaidPages.add(path);
            } else {
                mermaidPages.remove(path);
            }
        });
        for (String path : gone) {
            delete(path);
            changed.add(path);
        }
        boolean mermaid = !mermaidPages.isEmpty();
        if (mermaid != written.containsKey(RenderPlan.MERMAID)) {
            if (mermaid) {
                byte[] script = SiteRenderer.mermaidScript();
                write(RenderPlan.MERMAID, script);
                written.put(RenderPlan.MERMAID, digest(script));
            } else {
                delete(RenderPlan.MERMAID);
            }
            changed.add(RenderPlan.MERMAID);
        }
        return changed;
    }

    private void write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            // A request never sees a half-written page: the new file is renamed over the old one.
            Path temp = Files.createTempFile(dir, ".write-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the temporary folder. */
    @Override
    public synchronized void close() {
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

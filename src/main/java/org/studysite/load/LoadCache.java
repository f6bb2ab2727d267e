package org.studysite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;

/**
 * What the load stage made of each file, kept between loads of the same folder (the dev server): a file whose size
 * and modification time did not change, loaded the same way, gives the same immutable result and the same
 * diagnostics without being read again. Files that are gone are forgotten on the next load.
 */
public final class LoadCache {
    private record Entry(String stamp, String how, Object result, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    /** The last listing of the folder and its diagnostics; whether a listed file is a symbolic link. */
    private List<String> listing;
    private List<Diagnostic> listingDiagnostics = List.of();
    private boolean listedLinks;
    /**
     * Set by {@link #onlyChanged}: the next load lists the folder again only if needed and stats only these files,
     * taking every other file as it was (the watcher saw nothing else change).
     */
    private java.util.Set<String> onlyChanged;

    private LoadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that keeps nothing: a one-off build. */
    static LoadCache none() {
        return new LoadCache(false);
    }

    public static LoadCache create() {
        return new LoadCache(true);
    }

    /**
     * The result of loading {@code rel} with {@code loader}; {@code how} names everything besides the file's bytes
     * that the result depends on (the loader, and e.g. whether the note's folder has an index note).
     */
    @SuppressWarnings("unchecked")
    <T> T get(Path root, String rel, String how, Diagnostics main, Function<Diagnostics, T> loader) {
        if (!enabled) {
            return loader.apply(main);
        }
        Entry e = entries.get(rel);
        if (e != null && onlyChanged != null && !onlyChanged.contains(rel) && e.how.equals(how)) {
            e.diagnostics.forEach(main::add);
            return (T) e.result;
        }
        String stamp = stamp(root.resolve(rel));
        if (e == null || stamp == null || !e.stamp.equals(stamp) || !e.how.equals(how)) {
            Diagnostics own = new Diagnostics();
            T result = loader.apply(own);
            e = new Entry(stamp == null ? "?" + System.nanoTime() : stamp, how, result, own.sorted());
            entries.put(rel, e);
        }
        e.diagnostics.forEach(main::add);
        return (T) e.result;
    }

    /**
     * The watcher's word for the next load: exactly the files {@code changed} (relative paths, existing now) were
     * modified in place or saved anew, and {@code gone} (paths that do not exist now) were only passing temporary
     * files; none was added or deleted. Believed only when every changed file was listed and no gone one was (nor
     * a folder of listed files), never when a listed file is a symbolic link (its target may be what changed) or
     * before the first listing. Holds for one load: the one after it checks every file again.
     */
    public synchronized void onlyChanged(java.util.Set<String> changed, java.util.Set<String> gone) {
        // A gone path that was listed, or a folder of listed files (moved away whole), changes the listing.
        boolean sure = enabled && listing != null && !listedLinks && new java.util.HashSet<>(listing).containsAll(changed)
                && gone.stream().noneMatch(g -> listing.stream().anyMatch(f -> f.equals(g) || f.startsWith(g + "/")));
        onlyChanged = sure ? java.util.Set.copyOf(changed) : null;
    }

    /** The files of the folder: the last listing when {@link #onlyChanged} vouches for it, else a new one. */
    synchronized List<String> listing(Path root, Diagnostics main, Function<Diagnostics, List<String>> list) {
        if (!enabled) {
            return list.apply(main);
        }
        if (onlyChanged == null || listing == null) {
            Diagnostics own = new Diagnostics();
            listing = list.apply(own);
            listingDiagnostics = own.sorted();
            listedLinks = enabled && listing.stream().anyMatch(f -> Files.isSymbolicLink(root.resolve(f)));
        }
        listingDiagnostics.forEach(main::add);
        return listing;
    }

    /** Ends a load: the next one checks every file again unless told otherwise. */
    synchronized void loaded() {
        onlyChanged = null;
    }

    /**
     * Forgets what was loaded from {@code rel}: a file the watcher saw change is read again even if it was written
     * twice within the file system's timestamp granularity, at the same size.
     */
    public void invalidate(String rel) {
        entries.remove(rel);
    }

    /** Forgets files no longer in the folder (their loaded notes would otherwise be kept alive). */
    void retainOnly(java.util.Collection<String> files) {
        if (enabled) {
            entries.keySet().retainAll(new java.util.HashSet<>(files));
        }
    }

    private static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime() + ":" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}

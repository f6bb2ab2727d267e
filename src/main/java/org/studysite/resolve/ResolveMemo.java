package org.studysite.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Note;
import org.studysite.model.Quiz;

/**
 * What resolve made of loaded values that did not change, kept between resolves of the same folder (the dev
 * server; the load stage hands back the very same immutable Note and Quiz objects for unchanged files). A note's
 * links are checked against every note's id, file, URL and anchors, the assets and the folder pages: while that
 * universe is unchanged (a body edit that keeps the headings, a title edit), its link table and diagnostics are
 * reused; any change to it checks every note again. Two generations, so values edited away are dropped.
 */
public final class ResolveMemo {
    /** A note's link table and the diagnostics its links gave. */
    record Links(Map<String, String> table, List<Diagnostic> diagnostics) {
    }

    private Map<Note, Set<String>> anchors = new IdentityHashMap<>();
    private Map<Note, Set<String>> previousAnchors = new IdentityHashMap<>();
    private Map<Note, Links> links = new IdentityHashMap<>();
    private Map<Note, Links> previousLinks = new IdentityHashMap<>();
    private List<Object> universe;
    private record Part(String url, String text) {
    }
    private Map<Note, Part> parts = new IdentityHashMap<>();
    private Map<Note, Part> previousParts = new IdentityHashMap<>();
    /** Each quiz's bank-quality warnings, for the quizzes of the last resolve. */
    private Map<Quiz, List<Diagnostic>> bankWarnings = new IdentityHashMap<>();
    /** What the last cross-file quiz checks read, and the diagnostics they gave. */
    private List<Object> quizCheckInputs;
    private List<Diagnostic> quizCheckDiagnostics = List.of();

    /** Objects compared by identity, in order: the load stage hands back the very same ones for unchanged files. */
    record Same(List<?> items) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Same other) || other.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != other.items.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return items.size();
        }
    }

    /** Starts a resolve: anchors not asked for in it are dropped at the next one. */
    synchronized void beginAnchors() {
        previousAnchors = anchors;
        anchors = new IdentityHashMap<>();
        previousParts = parts;
        parts = new IdentityHashMap<>();
    }

    /** A note's part of the link universe at this URL, made once per note object and URL. */
    synchronized String part(Note note, String url, Supplier<String> make) {
        Part p = parts.get(note);
        if (p == null) {
            p = previousParts.get(note);
        }
        if (p == null || !java.util.Objects.equals(p.url(), url)) {
            p = new Part(url, make.get());
        }
        parts.put(note, p);
        return p.text();
    }

    /** Starts the link checks of a resolve whose universe is {@code key}: a different one forgets all links. */
    synchronized void beginLinks(List<Object> key) {
        previousLinks = key.equals(universe) ? links : new IdentityHashMap<>();
        links = new IdentityHashMap<>();
        universe = key;
    }

    /** A note's anchors, computed once per note object. */
    Set<String> anchors(Note note, Function<Note, Set<String>> compute) {
        synchronized (this) {
            Set<String> s = anchors.get(note);
            if (s == null) {
                s = previousAnchors.get(note);
            }
            if (s != null) {
                anchors.put(note, s);
                return s;
            }
        }
        Set<String> s = compute.apply(note);
        synchronized (this) {
            anchors.put(note, s);
        }
        return s;
    }

    /** The note's link table, checked by {@code check} unless kept; its diagnostics are added to d either way. */
    Map<String, String> links(Note note, Supplier<Links> check, Diagnostics d) {
        Links l;
        synchronized (this) {
            l = previousLinks.get(note);
        }
        if (l == null) {
            l = check.get();
        }
        synchronized (this) {
            links.put(note, l);
        }
        l.diagnostics().forEach(d::add);
        return l.table();
    }

    /**
     * The cross-file quiz and exam checks read only their inputs (the quizzes and exams as {@link Same}, every
     * note's id and anchors, whether every quiz file loaded): the same inputs give the same diagnostics, so a note
     * edit that keeps its headings skips them (at 10,000 notes and 2,000 quizzes, a third of a resolve's CPU).
     */
    synchronized void quizChecks(List<Object> inputs, Diagnostics d, java.util.function.Consumer<Diagnostics> check) {
        if (!inputs.equals(quizCheckInputs)) {
            Diagnostics own = new Diagnostics();
            check.accept(own);
            quizCheckDiagnostics = own.sorted();
            quizCheckInputs = inputs;
        }
        quizCheckDiagnostics.forEach(d::add);
    }

    /**
     * Bank-quality warnings read only their own quiz: the same quiz object gives the same warnings, so a quiz edit
     * checks that quiz alone.
     */
    synchronized void bankQuality(List<Quiz> quizzes, Diagnostics d,
                                  java.util.function.BiConsumer<Quiz, Diagnostics> check) {
        Map<Quiz, List<Diagnostic>> next = new IdentityHashMap<>();
        for (Quiz quiz : quizzes) {
            List<Diagnostic> warnings = bankWarnings.get(quiz);
            if (warnings == null) {
                Diagnostics own = new Diagnostics();
                check.accept(quiz, own);
                warnings = own.sorted();
            }
            next.put(quiz, warnings);
            warnings.forEach(d::add);
        }
        bankWarnings = next;
    }
}

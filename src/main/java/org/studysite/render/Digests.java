package org.studysite.render;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names and digests of immutable loaded values (notes, quizzes, exams, heading lists), kept by identity. The dev server reuses
 * the loaded object of every file that did not change, so each is printed and hashed once, not on every edit.
 * Two generations: a value not seen during the last plan is dropped, so edited-away notes do not pile up.
 */
public final class Digests {
    private Map<Object, String> current = new IdentityHashMap<>();
    private Map<Object, String> previous = new IdentityHashMap<>();

    private long nextId;

    /**
     * A name for this very object: the same object (a file that did not change) keeps its name, a reloaded one
     * gets a new one. Cheaper than a digest of its value, and as sound, since loaded values never change.
     */
    synchronized String id(Object immutable) {
        String d = current.get(immutable);
        if (d == null) {
            d = previous.get(immutable);
            if (d == null) {
                d = "#" + nextId++;
            }
            current.put(immutable, d);
        }
        return d;
    }

    synchronized void nextGeneration() {
        previous = current;
        current = new IdentityHashMap<>();
    }

    /** Record and list toString prints every component, so the digest covers the whole value. */
    String of(Object immutable) {
        return of(immutable, Object::toString);
    }

    /** The digest of what {@code text} makes of an immutable value, computed once per value. */
    String of(Object immutable, java.util.function.Function<Object, String> text) {
        synchronized (this) {
            String d = current.get(immutable);
            if (d == null) {
                d = previous.get(immutable);
                if (d != null) {
                    current.put(immutable, d);
                }
            }
            if (d != null) {
                return d;
            }
        }
        String d = PageInputs.digest(text.apply(immutable));
        synchronized (this) {
            current.put(immutable, d);
        }
        return d;
    }
}

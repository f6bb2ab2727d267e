package org.studysite.model;

/** A reference to a note or a section of one ("note-id" or "note-id#anchor"), where it was written. */
public record Ref(String noteId, String anchor, SourcePosition position) {
    public static Ref parse(String raw, SourcePosition position) {
        int hash = raw.indexOf('#');
        return hash < 0 ? new Ref(raw, null, position)
                : new Ref(raw.substring(0, hash), raw.substring(hash + 1), position);
    }

    public String raw() {
        return anchor == null ? noteId : noteId + "#" + anchor;
    }
}

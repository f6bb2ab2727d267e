package org.studysite.resolve;

import java.util.Map;
import java.util.Set;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Ref;
import org.studysite.model.SourcePosition;

/** Checks that a note reference ("note-id" or "note-id#anchor") points at an existing note and heading. */
final class RefCheck {
    private static final int ANCHORS_SHOWN = 5;

    private final Map<String, Set<String>> anchorsByNoteId;
    private final Diagnostics d;

    RefCheck(Map<String, Set<String>> anchorsByNoteId, Diagnostics d) {
        this.anchorsByNoteId = anchorsByNoteId;
        this.d = d;
    }

    void check(Ref ref) {
        SourcePosition at = ref.position();
        Set<String> anchors = anchorsByNoteId.get(ref.noteId());
        if (anchors == null) {
            d.error(at, "no note with id `" + ref.noteId() + "` (in \"" + ref.raw() + "\")",
                    DidYouMean.hint(ref.noteId(), anchorsByNoteId.keySet(), "note ids include"));
        } else if (ref.anchor() != null && !anchors.contains(ref.anchor())) {
            d.error(at, "note `" + ref.noteId() + "` has no heading with anchor `"
                    + ref.anchor() + "`", anchorHint(ref.anchor(), anchors));
        }
    }

    private static String anchorHint(String anchor, Set<String> anchors) {
        if (anchors.isEmpty()) {
            return "that note has no headings; link to the note without #";
        }
        String available = "its anchors: " + anchors.stream().sorted().limit(ANCHORS_SHOWN)
                .map(a -> "`" + a + "`").reduce((a, b) -> a + ", " + b).orElse("")
                + (anchors.size() > ANCHORS_SHOWN ? ", …" : "");
        return DidYouMean.closest(anchor, anchors).map(c -> "did you mean `" + c + "`? " + available).orElse(available);
    }
}

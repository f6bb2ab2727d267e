package org.studysite.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.studysite.diag.Diagnostics;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.Note;
import org.studysite.testing.FuzzChecks;

/**
 * Fuzz target: a note file through the front matter parser and the rest of {@link NoteLoader} (dialect rewriters,
 * Markdown, outline). Nothing may throw; every diagnostic, heading and link points inside the file. A plain test run
 * replays FrontMatterFuzzTestInputs/frontMatter/; {@code JAZZER_FUZZ=1} fuzzes (CONTRIBUTING.md, "Fuzzing").
 */
class FrontMatterFuzzTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();
    private static final String FILE = "docs/note.md";

    @FuzzTest(maxDuration = "3m")
    void frontMatter(byte[] input) {
        String text = FuzzChecks.text(input);
        Diagnostics d = new Diagnostics();
        Note note = new NoteLoader(MD).load(FILE, text, d);
        Map<String, String> files = Map.of(FILE, text);
        FuzzChecks.positionsInRange(d.sorted(), files);
        note.frontMatter().positions().values().forEach(at -> FuzzChecks.inRange(at, files, "front matter field"));
        note.outline().headings().forEach(h -> FuzzChecks.inRange(h.position(), files, "heading " + h.text()));
        note.outline().links().forEach(l -> FuzzChecks.inRange(l.position(), files, "link " + l.destination()));
    }
}

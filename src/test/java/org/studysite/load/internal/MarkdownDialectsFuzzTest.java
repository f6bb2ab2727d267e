package org.studysite.load.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.markdown.RenderHooks;
import org.studysite.model.Outline;
import org.studysite.testing.FuzzChecks;

/**
 * Fuzz target: a note body through the dialect rewriters (Liquid, kramdown, VitePress, MDX; as .md and as .mdx),
 * then Markdown (parse, outline, render with the raw-HTML sanitizer). The rewriters never add or remove a line (so
 * positions stay true); nothing throws; every heading and link points inside the body; the HTML runs nothing.
 */
class MarkdownDialectsFuzzTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    @FuzzTest(maxDuration = "3m")
    void markdown(byte[] input) {
        String body = FuzzChecks.text(input);
        for (String file : new String[] {"docs/note.md", "docs/note.mdx"}) {
            String rewritten = Dialects.normalize(body, file, "Title", "Description");
            int before = body.split("\n", -1).length;
            int after = rewritten.split("\n", -1).length;
            if (before != after) {
                throw new AssertionError(file + ": the rewriters turned " + before + " lines into " + after);
            }
            var document = MD.parse(rewritten);
            Outline outline = MD.outline(document, file, 1);
            Map<String, String> files = Map.of(file, body);
            outline.headings().forEach(h -> FuzzChecks.inRange(h.position(), files, "heading " + h.text()));
            outline.links().forEach(l -> FuzzChecks.inRange(l.position(), files, "link " + l.destination()));
            outline.quizEmbeds().forEach(q -> FuzzChecks.inRange(q.position(), files, "quiz " + q.quizId()));
            outline.unclosedCallouts().forEach(at -> FuzzChecks.inRange(at, files, "callout"));
            FuzzChecks.safeFragment(MD.render(document, RenderHooks.IDENTITY).html());
        }
    }
}

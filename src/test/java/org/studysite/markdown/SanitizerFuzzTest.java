package org.studysite.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.studysite.markdown.internal.HtmlSanitizer;
import org.studysite.testing.FuzzChecks;

/**
 * Fuzz target: the raw-HTML sanitizer, alone and behind Markdown (where raw HTML meets link rewriting and the
 * placeholders of code blocks). No script, handler, script URL or frame comes out, whatever goes in.
 */
class SanitizerFuzzTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    @FuzzTest(maxDuration = "3m")
    void sanitize(byte[] input) {
        String html = FuzzChecks.text(input);
        FuzzChecks.safeFragment(HtmlSanitizer.clean(html));
        FuzzChecks.safeFragment(MD.render(MD.parse(html), RenderHooks.IDENTITY).html());
    }
}

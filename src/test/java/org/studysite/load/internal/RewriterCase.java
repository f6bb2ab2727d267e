package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Runs one rewriter alone on a body and checks the promise every rewriter makes: the line count is kept. */
final class RewriterCase {
    private RewriterCase() {
    }

    static String rewrite(DialectRewriter rewriter, String file, String body) {
        DialectRewriter.Page page = new DialectRewriter.Page(file, "The Title", "The description");
        assertEquals(true, rewriter.appliesTo(body, page), "applies to its own syntax");
        List<String> out = rewriter.rewrite(List.of(body.split("\n", -1)), page);
        assertEquals(body.split("\n", -1).length, out.size(), "line count kept");
        return String.join("\n", out);
    }
}

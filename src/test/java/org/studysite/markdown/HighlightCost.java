package org.studysite.markdown;

import org.studysite.markdown.internal.CodeHighlighter;

/**
 * Not a test: measures build-time highlighting. Highlights a 200-line Python snippet 1,000 times (after a warm-up)
 * and prints milliseconds per block, for the highlighter alone and for a full render of a note holding the block.
 *
 * <pre>mvn -o -q test-compile &amp;&amp; java -cp target/classes:target/test-classes:$(deps) org.studysite.markdown.HighlightCost</pre>
 */
public final class HighlightCost {
    public static void main(String[] args) {
        String code = snippet(200);
        CodeHighlighter.Language python = CodeHighlighter.language("python");
        MarkdownSupport md = MarkdownSupport.create();
        var doc = md.parse("# Note\n\n```python\n" + code + "```\n");
        long sink = 0;
        for (int i = 0; i < 300; i++) { // warm-up
            StringBuilder sb = new StringBuilder();
            CodeHighlighter.highlight(python, code, sb);
            sink += sb.length() + md.render(doc, RenderHooks.IDENTITY).html().length();
        }
        int runs = 1000;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            StringBuilder sb = new StringBuilder();
            CodeHighlighter.highlight(python, code, sb);
            sink += sb.length();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink += md.render(doc, RenderHooks.IDENTITY).html().length();
        }
        long t2 = System.nanoTime();
        System.out.printf("highlight only: %.3f ms per 200-line Python block%n", (t1 - t0) / 1e6 / runs);
        System.out.printf("full render:    %.3f ms per note with that block%n", (t2 - t1) / 1e6 / runs);
        System.out.println("(checksum " + sink + ")");
    }

    static String snippet(int lines) {
        String[] block = {
                "import json  # standard library",
                "from dataclasses import dataclass",
                "",
                "@dataclass",
                "class Run:",
                "    \"\"\"A tracked experiment run.",
                "    Spans several lines.\"\"\"",
                "    run_id: str",
                "    metrics: dict",
                "",
                "    def best(self, key='accuracy', default=0.0):",
                "        value = self.metrics.get(key, default)",
                "        if value > 0.95 and key != \"loss\":",
                "            print(f\"great run {self.run_id}: {value:.2f}\")",
                "        return max(value, 0x1F / 100)",
                "",
                "def load(path):",
                "    with open(path) as fh:",
                "        return [Run(**r) for r in json.load(fh)]  # list comprehension",
                "",
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(block[i % block.length]).append('\n');
        }
        return sb.toString();
    }
}

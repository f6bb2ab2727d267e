package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownCodeBlocksTest {
    private static final MarkdownSupport MD = MarkdownSupport.create();

    private static RenderedMarkdown render(String markdown) {
        return MD.render(MD.parse(markdown), RenderHooks.IDENTITY);
    }

    @Test
    void pythonIsHighlighted() {
        RenderedMarkdown r = render("```python\ndef f(x):\n    return x + 1  # add\n```\n");
        assertEquals("<div class=\"code-block\"><pre class=\"code\" data-lang=\"python\" tabindex=\"0\"><code class=\"language-python\">"
                + "<span class=\"tok-kw\">def</span> f(x)<span class=\"tok-op\">:</span>\n"
                + "    <span class=\"tok-kw\">return</span> x <span class=\"tok-op\">+</span> "
                + "<span class=\"tok-num\">1</span>  <span class=\"tok-com\"># add</span>\n"
                + "</code></pre></div>\n", r.html());
        assertTrue(r.hasCode());
        assertFalse(r.hasMermaid());
        assertFalse(r.hasQuiz());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "py, python", "python, python", "sql, sql", "scala, scala", "bash, bash", "sh, bash", "shell, bash",
            "console, bash", "json, json", "yaml, yaml", "yml, yaml", "java, java", "javascript, javascript",
            "js, javascript", "xml, xml", "html, html", "css, css", "markdown, markdown", "Python, python"})
    void languageAliases(String written, String canonical) {
        String html = render("```" + written + "\nx\n```\n").html();
        assertTrue(html.startsWith("<div class=\"code-block\"><pre class=\"code\" data-lang=\"" + canonical
                + "\" tabindex=\"0\"><code class=\"language-" + canonical + "\">"), html);
    }

    @Test
    void multiLineStringAndCommentStateCarriesAcrossLines() {
        String py = render("```python\ns = \"\"\"one\ntwo \"quoted\" # not a comment\n\"\"\"\nx = 1\n```\n").html();
        assertTrue(py.contains("<span class=\"tok-str\">two &quot;quoted&quot; # not a comment</span>\n"), py);
        assertTrue(py.contains("x <span class=\"tok-op\">=</span> <span class=\"tok-num\">1</span>"), py);
        String java = render("```java\n/* a\n\n int b */\nint c;\n```\n").html();
        assertTrue(java.contains("<span class=\"tok-com\"> int b */</span>\n<span class=\"tok-type\">int</span> c;"),
                java);
    }

    @Test
    void highlightedCodeIsEscaped() {
        String html = render("```java\nString s = \"<script>&\"; // <b>\n```\n").html();
        assertTrue(html.contains("&quot;&lt;script&gt;&amp;&quot;"), html);
        assertTrue(html.contains("// &lt;b&gt;"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void unknownLanguageIsPlainEscapedText() {
        assertEquals("<div class=\"code-block\"><pre class=\"code\" data-lang=\"r\" tabindex=\"0\"><code class=\"language-r\">"
                + "x &lt;- c(1, 2)\n</code></pre></div>\n", render("```r\nx <- c(1, 2)\n```\n").html());
    }

    @Test
    void fenceWithoutLanguageAndIndentedCode() {
        String expected = "<div class=\"code-block\"><pre class=\"code\" tabindex=\"0\"><code>a &lt; b\n</code></pre></div>\n";
        assertEquals(expected, render("```\na < b\n```\n").html());
        assertEquals(expected, render("    a < b\n").html());
        assertTrue(render("    x\n").hasCode());
    }

    @Test
    void infoStringExtrasAreIgnored() {
        assertTrue(render("```python title=\"x.py\" {1,3}\npass\n```\n").html()
                .contains("data-lang=\"python\""));
    }

    @Test
    void inlineCodeIsNotACodeBlock() {
        assertFalse(render("Some `code` here.\n").hasCode());
    }

    /**
     * A long name wraps only at sensible points, never "LogisticRegr/ession": after the separators of a dotted
     * name, a path or a call, and inside a name only when it is too long for a phone's line.
     */
    @Test
    void inlineCodeBreaksOnlyAtSensiblePoints() {
        assertEquals("<p><code>mlflow.<wbr>pyfunc.<wbr>spark_udf(<wbr>spark, uri)</code> and <code>a.b_c</code></p>\n",
                render("`mlflow.pyfunc.spark_udf(spark, uri)` and `a.b_c`").html());
        assertEquals("<p><code>LogisticRegression</code></p>\n", render("`LogisticRegression`").html());
        assertEquals("<p><code>x.__init__()</code></p>\n", render("`x.__init__()`").html(), "nothing follows a break point but a word");
        assertEquals("<p><code>mlflow.<wbr>register_model(<wbr>uri)</code> <code>client.<wbr>transition_<wbr>model_<wbr>version_<wbr>stage(<wbr>x)</code></p>\n",
                render("`mlflow.register_model(uri)` `client.transition_model_version_stage(x)`").html(),
                "after an underscore only in a long snake_case name");
        assertEquals("<p><code>MlflowClient().<wbr>get_<wbr>metric_<wbr>history(<wbr>run_id)</code></p>\n",
                render("`MlflowClient().get_metric_history(run_id)`").html(), "after the dot of a chained call");
        assertEquals("<p><code>models:/<wbr>my_wmr_model/<wbr>1</code> <code>lookup_key=<wbr>&quot;event_ts&quot;</code></p>\n",
                render("`models:/my_wmr_model/1` `lookup_key=\"event_ts\"`").html(), "a path; before an argument's value");
        assertEquals("<p><code>Multiclass<wbr>Classification<wbr>Evaluator</code> <code>RandomForestClassifier</code></p>\n",
                render("`MulticlassClassificationEvaluator` `RandomForestClassifier`").html(),
                "between camel-case words only in a name longer than 24 characters");
    }

    /** "`Pipeline`s", "(`spark`)": no padding where text touches the code; a space keeps it. */
    @Test
    void codeTouchedByTextHasNoPaddingOnThatSide() {
        assertEquals("<p>Two <code class=\"code-tight-end\">Pipeline</code>s, a notebook (<code class=\"code-tight-start code-tight-end\">spark</code>),"
                        + " one <code>Estimator</code> and <code class=\"code-tight-end\">fit</code>.</p>\n",
                render("Two `Pipeline`s, a notebook (`spark`), one `Estimator` and `fit`.").html());
    }

    @Test
    void mermaid() {
        RenderedMarkdown r = render("```mermaid\ngraph TD\n  A-->B & C\n```\n");
        assertEquals("<pre class=\"mermaid\">graph TD\n  A--&gt;B &amp; C\n</pre>\n", r.html());
        assertTrue(r.hasMermaid());
        assertFalse(r.hasCode());
    }

    @Test
    void quizFencesCallTheHook() {
        List<String> calls = new ArrayList<>();
        RenderHooks hooks = new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                return destination;
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                calls.add(quizId + "/" + questionId);
                return "<div class=\"quiz\" data-quiz=\"" + quizId + "\"></div>";
            }
        };
        RenderedMarkdown r = MD.render(MD.parse(
                "```quiz experimentation\nignored body\n```\n\n```quiz experimentation#q3\n```\n"), hooks);
        assertEquals(List.of("experimentation/null", "experimentation/q3"), calls);
        assertEquals("<div class=\"quiz\" data-quiz=\"experimentation\"></div>\n"
                + "<div class=\"quiz\" data-quiz=\"experimentation\"></div>\n", r.html());
        assertTrue(r.hasQuiz());
        assertFalse(r.hasCode());
    }

    @Test
    void quizHtmlIsTrustedEvenWhenThePageIsSanitized() {
        RenderHooks hooks = new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                return destination;
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return "<form class=\"quiz\" data-quiz=\"" + quizId + "\"><button>Check</button></form>";
            }
        };
        String html = MD.render(MD.parse("Press <kbd>Enter</kbd>.\n\n```quiz q1\n```\n"), hooks).html();
        assertTrue(html.contains("<form class=\"quiz\" data-quiz=\"q1\"><button>Check</button></form>"), html);
        assertTrue(html.contains("<kbd>Enter</kbd>"), html);
    }

    @Test
    void concurrentRendersAgree() throws Exception {
        String markdown = "```python\n" + HighlightCost.snippet(60) + "```\n\n```sql\nSELECT 1; /* x\n*/\n```\n";
        String expected = render(markdown).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> render(markdown).html()));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HugoRewriterTest {
    private static String hugo(String body) {
        return RewriterCase.rewrite(new HugoRewriter(), "a.md", body);
    }

    @Test
    void calloutsBecomeContainersWithTheirKindAndTitle() {
        assertEquals(":::info\nx\n:::", hugo("{{< hint info >}}\nx\n{{< /hint >}}"));
        assertEquals(":::note\nx\n:::", hugo("{{% hint %}}\nx\n{{% /hint %}}"));
        assertEquals(":::tip Exam tip\nx\n:::", hugo("{{% notice tip \"Exam tip\" %}}\nx\n{{% /notice %}}"));
        assertEquals(":::warning Careful\nx\n:::", hugo("{{< alert title=\"Careful\" color=\"warning\" >}}\nx\n{{< /alert >}}"));
    }

    @Test
    void collapsiblesBecomeDetailsOpenWhenAsked() {
        assertEquals("::: details Show answer\nx\n:::", hugo("{{< details \"Show answer\" >}}\nx\n{{< /details >}}"));
        assertEquals("::: details T {open}\n:::", hugo("{{% details title=\"T\" open=true %}}\n{{% /details %}}"));
        assertEquals("::: details Why?\n:::", hugo("{{% expand \"Why?\" %}}\n{{% /expand %}}"));
    }

    @Test
    void highlightAndMermaidBecomeFencesWhoseContentIsKept() {
        assertEquals("```python\nx = {{< y >}}\n```", hugo("{{< highlight python \"linenos=table\" >}}\nx = {{< y >}}\n{{< /highlight >}}"));
        assertEquals("```mermaid\nA-->B\n```", hugo("{{< mermaid >}}\nA-->B\n{{< /mermaid >}}"));
    }

    @Test
    void tabsFiguresRefsAndOtherShortcodes() {
        assertEquals("\n**Linux**\nyum\n\n", hugo("{{< tabs >}}\n{{< tab \"Linux\" >}}\nyum\n{{< /tab >}}\n{{< /tabs >}}"));
        assertEquals("![Arch](arch.png)", hugo("{{< figure src=\"arch.png\" alt=\"Arch\" >}}"));
        assertEquals("See [S3](s3.md) and [EC2](/docs/ec2.md#types).",
                hugo("See [S3]({{< ref \"s3.md\" >}}) and [EC2]({{< relref \"/docs/ec2.md#types\" >}})."));
        assertEquals("", hugo("{{< youtube w7Ft2ymGmfc >}}"));
        assertEquals("Press  now.", hugo("Press {{< kbd \"Ctrl\" >}} now."));
    }

    @Test
    void shortcodesInCodeStayAndEscapedOnesShowBare() {
        assertEquals("```\n{{< hint info >}}\n```", hugo("```\n{{< hint info >}}\n```"));
        assertEquals("```tpl\n{{< tab \"MacOS\" >}}\n```", hugo("```tpl\n{{</* tab \"MacOS\" */>}}\n```"));
        assertEquals("Write {{% hint %}} to open one.", hugo("Write {{%/* hint */%}} to open one."));
    }
}

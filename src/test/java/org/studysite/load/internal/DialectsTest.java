package org.studysite.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Line-for-line rewrites of other generators' syntax (every case keeps the line count). */
class DialectsTest {
    private static String normalize(String body) {
        String out = Dialects.normalize(body, "a.md", "T", null);
        assertEquals(body.split("\n", -1).length, out.split("\n", -1).length, "line count kept");
        return out;
    }

    @Test
    void jekyllHighlightBlockBecomesAFence() {
        assertEquals("Before\n````ruby\ndef foo # {{ x }}\nend\n````\nAfter  end.",
                normalize("Before\n{% highlight ruby linenos %}\ndef foo # {{ x }}\nend\n{% endhighlight %}\n"
                        + "After {% include note.html %} end."));
    }

    @Test
    void rawMarkersInsideAHighlightBlockAreDropped() {
        assertEquals("````html\n<p>{{ page.title }}</p>\n````\n\n",
                normalize("{% highlight html %}\n{% raw %}\n<p>{{ page.title }}</p>\n{% endraw %}\n{% endhighlight %}"));
    }

    @Test
    void liquidCommentsAreNotShown() {
        assertEquals("Keep  this.\nBefore \n\n\n after.",
                normalize("Keep {% comment %}not this{% endcomment %} this.\nBefore {% comment %}\nhidden line\n"
                        + "{{ page.title }} hidden too\n{% endcomment %} after."));
    }

    @Test
    void plainMarkdownIsReturnedAsItIs() {
        String body = "# Title\n\nText with `code` and [a link](x.md).\n\n```python\nprint(1)\n```\n";
        assertEquals(body, normalize(body));
    }
}

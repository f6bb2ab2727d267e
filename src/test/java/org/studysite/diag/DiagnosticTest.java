package org.studysite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void formatsLikeACompiler() {
        Diagnostic d = Diagnostic.error(new org.studysite.model.SourcePosition("notes/a.md", 12, 5), "broken link: `b.md`", "did you mean `c.md`?");
        assertEquals("notes/a.md:12:5: error: broken link: `b.md` — did you mean `c.md`?", d.format());
    }

    @Test
    void githubAnnotationEscapesPropertiesAndData() {
        Diagnostic d = Diagnostic.warning(new org.studysite.model.SourcePosition("a,b.md", 3, 1), "50% done\nnext", null);
        assertEquals("::warning file=content/a%2Cb.md,line=3,col=1::50%25 done%0Anext", d.githubAnnotation("content/"));
    }
}

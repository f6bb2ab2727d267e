package org.studysite.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diag.Diagnostic;
import org.studysite.testing.Sites;

/** A user overrides one template (or one asset) by putting a file of the same name in their templates folder. */
class TemplateOverrideTest {
    @TempDir
    Path tmp;

    @Test
    void userTemplateWinsAndTheOthersStayBuiltIn() {
        Path templates = tmp.resolve("templates");
        Sites.write(templates.resolve("404.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page><p class="custom-404">Lost? ${site.title} can help.</p></@layout.page>
                """);
        Sites.write(templates.resolve("assets/css/site.css"), "body { color: rebeccapurple; }\n");
        Path out = tmp.resolve("out");
        BuildResult r = Build.run(new BuildOptions(Sites.fixture("basic"), out, null, true, templates));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(Sites.read(out.resolve("404.html")).contains("<p class=\"custom-404\">Lost? Fixture Guide can help.</p>"));
        assertTrue(Sites.read(out.resolve("guide/intro.html")).contains("<article class=\"note\""), "note.ftlh built in");
        assertTrue(Sites.read(out.resolve("assets/css/site.css")).contains("rebeccapurple"));
    }

    @Test
    void brokenUserTemplateIsAnErrorWithItsLineAndNothingIsWritten() {
        Path templates = tmp.resolve("templates");
        Sites.write(templates.resolve("note.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n${note.nonexistent}\n</@layout.page>\n");
        Path out = tmp.resolve("out");
        BuildResult r = Build.run(new BuildOptions(Sites.fixture("basic"), out, null, true, templates));
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        assertFalse(r.ok());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("templates/note.ftlh:3:3: error:")), lines.toString());
        assertFalse(out.toFile().exists());
    }
}

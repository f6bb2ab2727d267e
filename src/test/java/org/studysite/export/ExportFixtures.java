package org.studysite.export;

import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.load.ContentLoader;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.Content;
import org.studysite.resolve.ResolveOptions;
import org.studysite.resolve.Site;
import org.studysite.resolve.SiteResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loads and resolves a content folder as the export command does, and exports it to a string. */
final class ExportFixtures {
    static final Path SMALL = Path.of("src/test/resources/export/content");
    static final Path DEFAULT = Path.of("content");

    private ExportFixtures() {
    }

    static Site site(Path content) {
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader(MarkdownSupport.create()).load(content, d);
        Site site = SiteResolver.resolve(c, new ResolveOptions(false), d);
        assertEquals(List.of(), d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
        return site;
    }

    static String export(String format, Site site, ExportReport report) {
        StringWriter out = new StringWriter();
        try {
            Exporters.byName(format).orElseThrow().write(ExportBank.of(site, site.content().quizzes()), out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.studysite.pipeline;

import org.studysite.model.SourcePosition;

import java.io.UncheckedIOException;
import org.studysite.diag.Diagnostics;
import org.studysite.diag.Timings;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.load.ContainedFiles;
import org.studysite.load.ContentLoader;
import org.studysite.model.Content;
import org.studysite.render.SiteRenderer;
import org.studysite.render.Templates.TemplateProblem;
import org.studysite.resolve.ResolveOptions;
import org.studysite.resolve.Site;
import org.studysite.resolve.SiteResolver;
import org.studysite.write.OutputDir;

/** The whole pipeline: load → resolve → render → write. Problems are returned as diagnostics, never thrown. */
public final class Build {
    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Timings.mark("start");
        Diagnostics diagnostics = new Diagnostics();
        if (options.out() != null) {
            var refusal = OutputDir.refusal(options.out(), options.content());
            if (refusal.isPresent()) {
                diagnostics.error(new SourcePosition(options.out().toString(), 0, 0), "will not build into this folder: " + refusal.get(),
                        "choose a new or empty folder for --out, e.g. site-output");
                return BuildResult.of(diagnostics, 0, start, false);
            }
        }
        MarkdownSupport markdown = MarkdownSupport.create();
        Content content = new ContentLoader(markdown).load(options.content(), diagnostics);
        if (options.templates() != null && java.nio.file.Files.isDirectory(options.templates())) {
            // Templates and their assets are published too: a link out of the folder is refused as in content.
            ContainedFiles.list(options.templates(), "templates/", rel -> true, diagnostics);
        }
        Timings.mark("load");
        if (options.baseUrl() != null) {
            var base = org.studysite.model.BaseUrl.normalize(options.baseUrl());
            if (!base.ok()) {
                diagnostics.error(new SourcePosition("--base-url", 0, 0), base.problem(), org.studysite.model.BaseUrl.HINT);
                return BuildResult.of(diagnostics, 0, start, false);
            }
            content = content.withConfig(content.config().withBaseUrl(base.url()));
        }
        Site site = SiteResolver.resolve(content, new ResolveOptions(options.brokenLinksAreErrors()), diagnostics);
        Timings.mark("resolve");
        if (diagnostics.hasErrors() || options.out() == null) {
            return BuildResult.of(diagnostics, site.pages().size(), start, false);
        }
        int pages = 0;
        try (OutputDir out = OutputDir.open(options.out())) {
            new SiteRenderer(options.templates()).render(site, out);
            pages = out.pagesWritten();
            Timings.mark("render+write");
            out.commit();
            Timings.mark("commit");
        } catch (TemplateProblem e) {
            diagnostics.error(new SourcePosition("templates/" + e.template, e.line, e.column), e.getMessage(),
                    "fix the template; the previous output was left as it was");
        } catch (UncheckedIOException e) {
            diagnostics.error(new SourcePosition(options.out().toString(), 0, 0), "cannot write the site: " + e.getCause().getMessage(),
                    "check the output folder is writable; the previous output was left as it was");
        } catch (RuntimeException e) {
            // A bug of ours, not the user's: still no half-written output, and a message instead of a stack trace.
            diagnostics.error(new SourcePosition("(studysite)", 0, 0), "internal error while rendering: " + e,
                    "please report this with the command you ran; the previous output was left as it was");
        }
        return BuildResult.of(diagnostics, pages, start, !diagnostics.hasErrors());
    }
}

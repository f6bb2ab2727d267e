package org.studysite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by build and check. */
final class SiteOptions {
    @Option(names = "--content", defaultValue = "content", paramLabel = "DIR",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public root of the site, e.g. /repo/ or https://user.github.io/repo/ (default: site.yml's baseUrl, else /).")
    String baseUrl;

    @Option(names = "--broken-links", defaultValue = "error", paramLabel = "error|warn",
            description = "Whether a broken link fails the build (default: ${DEFAULT-VALUE}).")
    BrokenLinks brokenLinks;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of templates overriding the built-in ones (default: templates/ beside the content folder).")
    Path templates;

    enum BrokenLinks { error, warn }

    /** Runs the build (out null: check only) and prints its diagnostics; null when the content folder is missing. */
    org.studysite.pipeline.BuildResult run(Path out, java.io.PrintWriter err) {
        if (!java.nio.file.Files.isDirectory(content)) {
            err.println("studysite: content folder not found: " + content
                    + " — run from the folder that contains it, or pass --content DIR");
            return null;
        }
        if (baseUrl != null) {
            var base = org.studysite.model.BaseUrl.normalize(baseUrl);
            if (!base.ok()) {
                err.println("studysite: --base-url " + base.problem() + " — " + org.studysite.model.BaseUrl.HINT);
                return null;
            }
            baseUrl = base.url();
        }
        var refusal = out == null ? java.util.Optional.<String>empty() : org.studysite.write.OutputDir.refusal(out, content);
        if (refusal.isPresent()) {
            err.println("studysite: will not build into this folder: " + refusal.get()
                    + " — choose a new or empty folder for --out, e.g. site-output");
            return null;
        }
        var r = org.studysite.pipeline.Build.run(new org.studysite.pipeline.BuildOptions(content, out, baseUrl,
                brokenLinks == BrokenLinks.error, templatesDir()));
        Reporter.print(r, Reporter.contentPrefix(content), err);
        return r;
    }

    Path templatesDir() {
        if (templates != null) {
            return templates;
        }
        Path parent = content.toAbsolutePath().normalize().getParent();
        return parent == null ? null : parent.resolve("templates");
    }
}

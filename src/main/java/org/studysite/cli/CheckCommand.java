package org.studysite.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.studysite.build.Build;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates notes, links, quizzes and exams; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(site.content)) {
            spec.commandLine().getErr().println("studysite: content folder not found: " + site.content
                    + " — run from the folder that contains it, or pass --content DIR");
            return 2;
        }
        BuildResult r = Build.run(new BuildOptions(site.content, null, site.baseUrl,
                site.brokenLinks == SiteOptions.BrokenLinks.error, site.templatesDir()));
        Reporter.print(r, Reporter.contentPrefix(site.content), spec.commandLine().getErr());
        if (!r.ok()) {
            spec.commandLine().getErr().printf("check failed: %d error(s)%n", r.errors());
            return 1;
        }
        spec.commandLine().getOut().printf("ok: %d pages, no errors%n", r.pages());
        return 0;
    }
}

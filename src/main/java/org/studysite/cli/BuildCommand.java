package org.studysite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studysite.pipeline.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. A failed build leaves the previous output untouched.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--out", defaultValue = "site-output", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = site.run(out, spec.commandLine().getErr());
        if (r == null) {
            return 2;
        }
        if (!r.ok()) {
            spec.commandLine().getErr().printf("build failed: %d error(s); %s was left unchanged%n", r.errors(), out);
            return 1;
        }
        spec.commandLine().getOut().printf("built %d pages into %s in %d ms%n", r.pages(), out, r.millis());
        return 0;
    }
}

package org.studysite.cli;

import java.util.concurrent.Callable;
import org.studysite.pipeline.BuildResult;
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
        BuildResult r = site.run(null, spec.commandLine().getErr());
        if (r == null) {
            return 2;
        }
        if (!r.ok()) {
            spec.commandLine().getErr().printf("check failed: %d error(s)%n", r.errors());
            return 1;
        }
        spec.commandLine().getOut().printf("ok: %d notes with their links, quizzes and exams checked; no errors%n", r.pages());
        return 0;
    }
}

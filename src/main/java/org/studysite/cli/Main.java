package org.studysite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** studysite: build a study site from Markdown notes and JSON quizzes. Exit codes: 0 ok, 1 content errors, 2 usage. */
@Command(name = "studysite", mixinStandardHelpOptions = true, version = "studysite 0.1.0",
        description = "Builds a static study site from Markdown notes and JSON quizzes.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, ImportCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty(Launcher.CHILD) != null) {
            Launcher.exitWithParent();
        }
        Integer forked = Launcher.shouldFork() ? Launcher.fork(args) : null;
        System.exit(forked != null ? forked : execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("studysite: " + e.getMessage());
            e.getCommandLine().getErr().println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            // Not the user's fault: one line naming the problem instead of a stack trace.
            c.getErr().println("studysite: internal error: " + e + " — please report this with the command you ran");
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, serve, import or export");
    }
}

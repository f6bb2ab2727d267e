package org.studysite.cli;

import org.studysite.diag.Diagnostic;
import org.studysite.importer.ImportOptions;
import org.studysite.importer.ImportResult;
import org.studysite.importer.ImportedQuiz;
import org.studysite.importer.MarkdownQuizImporter;
import org.studysite.importer.QuizJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code studysite import FILE.md [--out DIR] [--id-prefix P] [--domain D]}: one quiz JSON per quiz section of a
 * Markdown page. Exit 0 when every question found was imported, 1 when some could not be or a warning needs the
 * author's attention (the rest is still written), 2 on usage errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert the quizzes of a Markdown page into quiz JSON files (one per quiz section).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every question found was imported (warnings, e.g. about images, may still follow)",
                "1:some questions could not be paired with an answer, or none were found: see the warnings;"
                        + " what could be imported was written",
                "2:usage error (missing file, bad option)"})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.md", description = "the Markdown page to read")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "folder to write ID.json files to (default: current folder)")
    private Path out;

    @Option(names = "--id-prefix", paramLabel = "P", description = "prefix for every quiz id")
    private String idPrefix;

    @Option(names = "--domain", paramLabel = "D", description = "exam domain to set on every quiz")
    private String domain;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            stderr.println(file + ": error: no such file — give the path of a Markdown page");
            return CommandLine.ExitCode.USAGE;
        }
        ImportResult result;
        try {
            String markdown = Files.readString(file, StandardCharsets.UTF_8);
            result = MarkdownQuizImporter.importMarkdown(markdown, file.toString(), new ImportOptions(idPrefix, domain));
            for (ImportedQuiz quiz : result.quizzes()) {
                if (quiz.questions().isEmpty()) {
                    continue; // nothing recovered: its warnings say why, an empty quiz file would not help
                }
                Path written = QuizJsonWriter.write(quiz, out);
                int n = quiz.questions().size();
                stdout.println("wrote " + written + " (" + n + (n == 1 ? " question)" : " questions)"));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            stderr.println(file + ": error: the file is not UTF-8 text — save it as UTF-8 (in most editors: Save with "
                    + "Encoding → UTF-8) and import it again");
            return CommandLine.ExitCode.SOFTWARE;
        } catch (IOException e) {
            stderr.println(file + ": error: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        for (Diagnostic d : result.diagnostics()) {
            stderr.println(d.format());
        }
        if (result.questionsFound() == 0) {
            stderr.println(file + ": warning: no quiz questions found — number them (\"1. **Question?**\") "
                    + "and give options as \"A) text\" lines");
        }
        stdout.flush();
        stderr.flush();
        return result.complete() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** Runs the command on its own, until the lead registers it under the top "studysite" command. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }
}

package org.studysite.cli;

import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.importer.ImportOptions;
import org.studysite.importer.ImportResult;
import org.studysite.importer.ImportedQuiz;
import org.studysite.importer.Importers;
import org.studysite.importer.QuizJsonWriter;
import org.studysite.load.ContainedFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code studysite import FILE|DIR [--out DIR] [--id-prefix P] [--domain D] [--dry-run]}: quiz JSON files from
 * Markdown pages (one per quiz section), Moodle GIFT ({@code .gift}, or a GIFT {@code .txt}) or Aiken
 * ({@code .txt}). A folder imports every Markdown page under it and prints one report. Exit 0 when every question
 * found was imported, 1 when some could not be or a file has errors (the rest is still written), 2 on usage errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert quizzes (Markdown pages, Moodle GIFT or Aiken files, or every Markdown page under a"
                + " folder) into quiz JSON files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every question found was imported (warnings, e.g. about images, may still follow)",
                "1:some questions could not be imported (no answer, unsupported type, errors), or none were found:"
                        + " see the warnings; what could be imported was written",
                "2:usage error (missing file, bad option)"})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|DIR",
            description = "a Markdown page, a .gift or Aiken .txt file, or a folder of Markdown pages")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "folder to write ID.json files to (default: current folder)")
    private Path out;

    @Option(names = "--id-prefix", paramLabel = "P", description = "prefix for every quiz id")
    private String idPrefix;

    @Option(names = "--domain", paramLabel = "D", description = "exam domain to set on every quiz")
    private String domain;

    @Option(names = "--dry-run", description = "only report what would be imported; write nothing")
    private boolean dryRun;

    @Spec
    private CommandSpec spec;

    /** One file's line of the report. */
    private record Row(String file, int found, int answered) {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean folder = Files.isDirectory(file);
        if (!folder && !Files.isRegularFile(file)) {
            stderr.println(file + ": error: no such file or folder — give a Markdown page, a .gift or .txt file,"
                    + " or a folder of pages");
            return CommandLine.ExitCode.USAGE;
        }
        List<Path> files = new ArrayList<>();
        if (folder) {
            Diagnostics listing = new Diagnostics();
            // Hidden folders (.git) and node_modules are not walked; links out of the folder are refused.
            for (String rel : ContainedFiles.list(file, file + "/", ImportCommand::walked, listing)) {
                if (Importers.isMarkdown(rel)) {
                    files.add(file.resolve(rel));
                }
            }
            listing.sorted().forEach(d -> stderr.println(d.format()));
        } else {
            files.add(file);
        }
        ImportOptions options = new ImportOptions(idPrefix, domain);
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = !files.isEmpty();
        for (Path f : files) {
            String shown = f.toString();
            ImportResult result;
            try {
                result = Importers.importText(Files.readString(f, StandardCharsets.UTF_8), shown, options);
            } catch (CharacterCodingException e) {
                stderr.println(shown + ": error: the file is not UTF-8 text — save it as UTF-8 (in most editors: Save"
                        + " with Encoding → UTF-8) and import it again");
                ok = false;
                continue;
            } catch (IOException e) {
                stderr.println(shown + ": error: " + e.getMessage());
                ok = false;
                continue;
            }
            for (ImportedQuiz quiz : result.quizzes()) {
                if (quiz.questions().isEmpty()) {
                    continue; // nothing recovered: its warnings say why, an empty quiz file would not help
                }
                quiz = unique(quiz, ids);
                if (dryRun) {
                    continue;
                }
                try {
                    Path written = QuizJsonWriter.write(quiz, out);
                    int n = quiz.questions().size();
                    stdout.println("wrote " + written + " (" + n + (n == 1 ? " question)" : " questions)"));
                } catch (IOException e) {
                    stderr.println(out + ": error: cannot write " + quiz.id() + ".json: " + e.getMessage());
                    return CommandLine.ExitCode.SOFTWARE;
                }
            }
            for (Diagnostic d : result.diagnostics()) {
                stderr.println(d.format());
            }
            if (result.questionsFound() == 0 && !folder) {
                stderr.println(shown + ": warning: no quiz questions found — number them (\"1. **Question?**\") "
                        + "and give options as \"A) text\" lines");
            }
            ok &= result.complete() || folder && result.questionsFound() == 0;
            ok &= result.diagnostics().stream().noneMatch(Diagnostic::isError);
            if (result.questionsFound() > 0 || !folder) {
                rows.add(new Row(shown, result.questionsFound(), result.questionsImported()));
            }
        }
        if ((folder || dryRun) && !rows.isEmpty()) {
            report(rows, stdout);
        }
        if (folder && rows.isEmpty()) {
            stderr.println(file + ": warning: no quiz questions found in any Markdown page under it");
            ok = false;
        }
        stdout.flush();
        stderr.flush();
        return ok ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    private static boolean walked(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !name.equals("node_modules");
    }

    /** Two pages may both have a "Quiz" section: the second becomes quiz-2, so no file overwrites another. */
    private static ImportedQuiz unique(ImportedQuiz quiz, Set<String> ids) {
        String id = quiz.id();
        for (int n = 2; !ids.add(id); n++) {
            id = quiz.id() + "-" + n;
        }
        return id.equals(quiz.id()) ? quiz : quiz.withId(id);
    }

    /** found / answered / unpaired per file and in total; the unpaired ones are the warnings above, by file:line. */
    private static void report(List<Row> rows, PrintWriter out) {
        int width = Math.max(5, rows.stream().mapToInt(r -> r.file().length()).max().orElse(0));
        String format = "%-" + width + "s  %6s  %8s  %8s%n";
        out.printf(format, "file", "found", "answered", "unpaired");
        int found = 0;
        int answered = 0;
        for (Row r : rows) {
            out.printf(format, r.file(), r.found(), r.answered(), r.found() - r.answered());
            found += r.found();
            answered += r.answered();
        }
        if (rows.size() > 1) {
            out.printf(format, "total", found, answered, found - answered);
        }
    }

    /** Runs the command on its own, until the lead registers it under the top "studysite" command. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }
}

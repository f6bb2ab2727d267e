package org.studysite.cli;

import org.studysite.diag.Diagnostics;
import org.studysite.diag.DidYouMean;
import org.studysite.export.ExportBank;
import org.studysite.export.ExportReport;
import org.studysite.export.Exporter;
import org.studysite.export.Exporters;
import org.studysite.load.ContentLoader;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.BaseUrl;
import org.studysite.model.Content;
import org.studysite.model.Quiz;
import org.studysite.resolve.ResolveOptions;
import org.studysite.resolve.Site;
import org.studysite.resolve.SiteResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code studysite export --format gift|aiken|csv|anki [--content DIR] [--quiz ID] --out FILE}: the site's questions
 * in another tool's format. The content is loaded and resolved as by {@code check} (links to note sections need
 * the resolved URLs). The file is written beside its target and renamed into place, so a failed export leaves an
 * existing file as it was, and nothing is written anywhere but FILE.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the site's questions as Moodle GIFT or Aiken, CSV, or an Anki text file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the content has errors (nothing written)",
                "2:usage error (unknown format or quiz, --out a folder, missing content folder)"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "gift|aiken|csv|anki", description = "the file format")
    String format;

    @Option(names = "--content", defaultValue = "content", paramLabel = "DIR",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--quiz", paramLabel = "ID", description = "export this quiz only (default: every quiz)")
    String quizId;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "public root for links to the notes (default: site.yml's baseUrl); links are absolute"
                    + " only under an http(s) URL")
    String baseUrl;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Exporter exporter = Exporters.byName(format).orElse(null);
        if (exporter == null) {
            err.println("studysite: unknown --format `" + format + "` — " + DidYouMean.hint(format, Exporters.names(),
                    "formats"));
            return 2;
        }
        if (!Files.isDirectory(content)) {
            err.println("studysite: content folder not found: " + content
                    + " — run from the folder that contains it, or pass --content DIR");
            return 2;
        }
        if (Files.isDirectory(out)) {
            err.println("studysite: --out " + out + " is a folder — give the file to write, e.g. " + out.resolve(
                    "bank." + (format.equals("anki") ? "txt" : format)));
            return 2;
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("studysite: --out " + out + ": its folder does not exist — create it first");
            return 2;
        }
        if (baseUrl != null) {
            BaseUrl.Result base = BaseUrl.normalize(baseUrl);
            if (!base.ok()) {
                err.println("studysite: --base-url " + base.problem() + " — " + BaseUrl.HINT);
                return 2;
            }
            baseUrl = base.url();
        }
        Diagnostics diagnostics = new Diagnostics();
        Content loaded = new ContentLoader(MarkdownSupport.create()).load(content, diagnostics);
        if (baseUrl != null) {
            loaded = loaded.withConfig(loaded.config().withBaseUrl(baseUrl));
        }
        // Broken links in notes do not make a question bank wrong: they are warnings here, errors in build.
        Site site = SiteResolver.resolve(loaded, new ResolveOptions(false), diagnostics);
        if (diagnostics.hasErrors()) {
            String prefix = Reporter.contentPrefix(content);
            diagnostics.sorted().forEach(d -> err.println(Reporter.prefixed(d, prefix).format()));
            err.println("export failed: the content has " + diagnostics.errorCount() + " error(s); nothing written");
            return 1;
        }
        List<Quiz> quizzes = loaded.quizzes();
        if (quizId != null) {
            quizzes = quizzes.stream().filter(q -> q.id().equals(quizId)).toList();
            if (quizzes.isEmpty()) {
                err.println("studysite: no quiz `" + quizId + "` — " + DidYouMean.hint(quizId,
                        loaded.quizzes().stream().map(Quiz::id).toList(), "quizzes"));
                return 2;
            }
        }
        ExportBank bank = ExportBank.of(site, quizzes);
        ExportReport report = new ExportReport();
        try {
            write(exporter, bank, report, parent);
        } catch (IOException e) {
            err.println("studysite: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        String cards = bank.cardCount() == 0 ? "" : ", " + report.cardsWritten() + " of " + bank.cardCount()
                + " flashcards";
        stdout.println("wrote " + out + " (" + (report.written() - report.cardsWritten()) + " of "
                + bank.questionCount() + " questions" + cards + " from " + quizzes.size()
                + (quizzes.size() == 1 ? " quiz" : " quizzes") + ")");
        report.lines().forEach(line -> stdout.println("  " + line));
        if (!bank.absoluteLinks() && (format.equals("anki"))) {
            stdout.println("  links to the notes are relative to the site's root (" + bank.baseUrl() + "): set an"
                    + " http(s) baseUrl in site.yml or pass --base-url for links that open from Anki");
        }
        stdout.flush();
        return 0;
    }

    /** A temporary file in the target's folder, renamed over the target (a link at FILE is replaced, not followed). */
    private void write(Exporter exporter, ExportBank bank, ExportReport report, Path parent) throws IOException {
        Path tmp = Files.createTempFile(parent, ".studysite-export-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                exporter.write(bank, w, report);
            }
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("it became a folder while exporting");
            }
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

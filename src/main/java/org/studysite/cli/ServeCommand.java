package org.studysite.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildOptions;
import org.studysite.pipeline.BuildResult;
import org.studysite.pipeline.LiveSite;
import org.studysite.serve.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the site on this machine and re-renders what each saved edit changes; open pages reload.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", defaultValue = "8000", paramLabel = "N", description = "Port (0: any free port; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--open", description = "Opens the site in the default browser.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(site.content)) {
            err.println("studysite: content folder not found: " + site.content
                    + " — run from the folder that contains it, or pass --content DIR");
            return 2;
        }
        String prefix = Reporter.contentPrefix(site.content);
        AtomicReference<LivePreview> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            if (running.get() != null) {
                running.get().close();
            }
            stopped.countDown();
        }, "serve-stop");
        Runtime.getRuntime().addShutdownHook(stop); // before anything starts: Ctrl-C at any moment cleans up
        AtomicReference<Boolean> first = new AtomicReference<>(true);
        java.util.Set<Diagnostic> shownWarnings = java.util.concurrent.ConcurrentHashMap.newKeySet();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        LivePreview preview;
        try {
            preview = LivePreview.start(new BuildOptions(site.content, null, site.baseUrl,
                    site.brokenLinks == SiteOptions.BrokenLinks.error, site.templatesDir()), host, port, u -> {
                        return report(u, prefix, err, out, !first.getAndSet(false), shownWarnings);
                    }, running::set);
        } catch (BindException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            err.println("studysite: port " + port + " on " + host
                    + " is already in use — stop the other server or pass --port N (0 picks a free port)");
            return 2;
        }
        running.set(preview);
        out.println("http://" + shown + ":" + preview.port() + "/");
        out.flush();
        if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("warning: listening on " + host + ": other machines on the network can read this site");
            err.flush();
        }
        if (open) {
            openBrowser("http://" + shown + ":" + preview.port() + "/");
        }
        stopped.await();
        return 0;
    }

    /**
     * Prints an update as build prints its result, except warnings already printed by an earlier update (a large
     * site's warnings would otherwise scroll by on every save); returns the error lines for the browser overlay.
     */
    private static List<String> report(LiveSite.Update u, String prefix, PrintWriter err, PrintWriter out,
                                       boolean sayUpdated, java.util.Set<Diagnostic> shownWarnings) {
        List<Diagnostic> fresh = u.diagnostics().stream().filter(d -> d.isError() || !shownWarnings.contains(d)).toList();
        shownWarnings.retainAll(new java.util.HashSet<>(u.diagnostics()));
        u.diagnostics().stream().filter(d -> !d.isError()).forEach(shownWarnings::add);
        Reporter.print(new BuildResult(fresh, 0, false, u.millis()), prefix, err);
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : u.diagnostics()) {
            if (d.isError()) {
                errors.add(Reporter.prefixed(d, prefix).format());
            }
        }
        if (sayUpdated && u.ok() && !u.changed().isEmpty()) {
            out.printf("updated %d file(s) in %d ms%n", u.changed().size(), u.millis());
            out.flush();
        }
        return errors;
    }

    private static void openBrowser(String url) {
        try {
            new ProcessBuilder(System.getProperty("os.name").startsWith("Mac") ? "open" : "xdg-open", url)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            // Best effort: the address is printed anyway.
        }
    }
}

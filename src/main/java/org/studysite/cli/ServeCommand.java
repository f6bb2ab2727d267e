package org.studysite.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildOptions;
import org.studysite.pipeline.BuildResult;
import org.studysite.pipeline.LiveSite;
import org.studysite.serve.DevServer;
import org.studysite.serve.Watcher;
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
        Path templates = site.templatesDir();
        LiveSite live = LiveSite.open(new BuildOptions(site.content, null, site.baseUrl,
                site.brokenLinks == SiteOptions.BrokenLinks.error, templates));
        java.util.concurrent.atomic.AtomicReference<Watcher> watching = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<DevServer> serving = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything else starts, so Ctrl-C at any moment leaves no temporary folder behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (watching.get() != null) {
                    watching.get().close();
                }
            } catch (java.io.IOException ignored) {
                // exiting anyway
            }
            if (serving.get() != null) {
                serving.get().close();
            }
            live.close();
            stopped.countDown();
        }, "serve-stop"));
        DevServer server;
        try {
            server = DevServer.start(live.dir(), host, port);
            serving.set(server);
        } catch (BindException e) {
            err.println("studysite: port " + port + " on " + host + " is already in use — stop the other server or pass --port N (0 picks a free port)");
            return 2;
        }
        LiveSite.Update first = live.refresh(List.of(), false);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("http://" + shownHost + ":" + server.port() + "/");
        out.flush();
        if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("warning: listening on " + host + ": other machines on the network can read this site");
        }
        report(first, prefix, err, server, out);
        Path templatesRoot = templates == null ? null : templates.toAbsolutePath().normalize();
        Watcher watcher = new Watcher(templatesRoot == null ? List.of(site.content.toAbsolutePath().normalize())
                : List.of(site.content.toAbsolutePath().normalize(), templatesRoot), batch -> {
                    boolean templatesChanged = templatesRoot != null
                            && batch.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templatesRoot));
                    try {
                        report(live.refresh(batch, templatesChanged), prefix, err, server, out);
                    } catch (RuntimeException e) {
                        err.println("studysite: internal error: " + e + " — please report this with the command you ran");
                        err.flush();
                    }
                });
        watching.set(watcher);
        if (open) {
            openBrowser("http://" + shownHost + ":" + server.port() + "/");
        }
        stopped.await();
        return 0;
    }

    private static void report(LiveSite.Update u, String prefix, PrintWriter err, DevServer server, PrintWriter out) {
        Reporter.print(new BuildResult(u.diagnostics(), 0, false, u.millis()), prefix, err);
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : u.diagnostics()) {
            if (d.isError()) {
                errors.add(Reporter.prefixed(d, prefix).format());
            }
        }
        if (u.ok() && !u.changed().isEmpty()) {
            out.printf("updated %d file(s) in %d ms%n", u.changed().size(), u.millis());
            out.flush();
        }
        server.publish(u.ok() ? u.changed() : Set.of(), u.ok() && u.cssOnly(), errors);
    }

    private static void openBrowser(String url) {
        try {
            if (java.awt.Desktop.isDesktopSupported()) {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
                return;
            }
            new ProcessBuilder(System.getProperty("os.name").startsWith("Mac") ? "open" : "xdg-open", url).start();
        } catch (Exception e) {
            // Best effort: the address is printed anyway.
        }
    }
}

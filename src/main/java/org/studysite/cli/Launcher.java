package org.studysite.cli;

import java.util.concurrent.TimeUnit;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar studysite.jar} cannot carry JVM options, and the JVM's defaults suit long-running servers: on a
 * 2-core machine the C2 compiler takes about as much CPU as a 1,000-note build itself, and G1 grows the heap far
 * beyond what the build keeps alive. So the launcher runs the build in a child JVM tuned for a short batch job
 * (C1 only, serial GC, heap capped), passing arguments and standard streams through. It does not fork when the user
 * gave JVM options of their own, when STUDYSITE_NO_FORK is set, or inside the child.
 */
final class Launcher {
    static final String CHILD = "studysite.child";
    /**
     * Measured in bench/run.sh: same output, lower CPU and memory than the defaults for builds of 100–10,000 notes.
     * The young generation is fixed at 160 MB: sized by the serial collector as a third of the heap, it grew to
     * 340 MB at 10,000 notes, every page of it touched, and the process passed 1 GiB; fixed, the peak was 867 MiB
     * at the same CPU time (and 290 MiB instead of 256 at 1,000 notes).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
            "-Xmn160m", "-Xss4m", "-XX:-UsePerfData", "-Xshare:auto");

    private Launcher() {
    }

    static boolean shouldFork() {
        return System.getProperty(CHILD) == null && System.getenv("STUDYSITE_NO_FORK") == null
                && ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty();
    }

    /**
     * In the child: exits (running serve's clean-up) when the launcher is gone, so a launcher killed outright
     * (SIGKILL, which runs no shutdown hook) does not leave a server running with its temporary folder.
     */
    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(130)));
    }

    /** Runs Main in a child JVM and returns its exit code; null if the child could not be started. */
    static Integer fork(String[] args) {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        ClassArchive archive = ClassArchive.beside(System.getProperty("java.class.path"),
                System.getenv(ClassArchive.WRITE) != null);
        command.addAll(archive.options());
        command.add("-D" + CHILD + "=true");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Stopping the launcher stops the child too, which then runs its own clean-up (serve's temp folder).
            Thread stop = new Thread(() -> {
                child.destroy();
                try {
                    child.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException stopping) {
                // Ctrl-C: the hook has stopped the child, which is why it ended; the launcher is exiting anyway.
                return code;
            }
            if (code == 0) {
                archive.commit();
            }
            return code;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}

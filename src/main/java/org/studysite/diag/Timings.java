package org.studysite.diag;

/** Stage times on stderr when STUDYSITE_TIMINGS is set: for the benchmark and for profiling, never in output. */
public final class Timings {
    private static final boolean ON = System.getenv("STUDYSITE_TIMINGS") != null;
    private static long last = System.nanoTime();

    private Timings() {
    }

    /** Whether timings are printed (callers skip building a trace line's text when not). */
    public static boolean on() {
        return ON;
    }

    /** The time since the previous mark, as the stage just finished. */
    public static synchronized void mark(String stage) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf("%-13s %6d ms  @%d%n", stage, (now - last) / 1_000_000, System.currentTimeMillis());
        }
        last = now;
    }

    /** A part of a stage, timed on its own (printed, not counted as a stage: the next mark includes it). */
    public static synchronized void part(String name, long nanos) {
        if (ON) {
            System.err.printf("%-13s %6d ms%n", name, nanos / 1_000_000);
        }
    }

    /**
     * An event on the wall clock ("@EPOCH_MS what"), so serve's steps (file event, batch, notification, requests)
     * line up with a browser's or a benchmark's own time stamps.
     */
    public static void at(String what) {
        if (ON) {
            String line = "@" + System.currentTimeMillis() + " " + what + " [" + Thread.currentThread().getName() + "]\n";
            synchronized (Timings.class) {
                System.err.print(line);
            }
        }
    }
}

package org.studysite.pipeline;

/** Stage times on stderr when STUDYSITE_TIMINGS is set: for the benchmark and for profiling, never in output. */
final class Timings {
    private static final boolean ON = System.getenv("STUDYSITE_TIMINGS") != null;
    private static long last = System.nanoTime();

    private Timings() {
    }

    static synchronized void mark(String stage) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf("%-13s %6d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}

package org.studysite.resolve;

/**
 * The mulberry32 PRNG (Tommy Ettinger), chosen because it is four lines in any language and uses only 32-bit
 * integer operations, so Java and the browser produce the same numbers. Java's {@code int} overflow and
 * {@code >>>} behave exactly like JS {@code Math.imul}, {@code | 0} and {@code >>> 0}. The JS twin:
 * <pre>{@code
 * function mulberry32(seed) {
 *   let s = seed | 0;
 *   return function next() {                       // unsigned 32-bit integer
 *     s = (s + 0x6D2B79F5) | 0;
 *     let t = Math.imul(s ^ (s >>> 15), 1 | s);
 *     t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
 *     return (t ^ (t >>> 14)) >>> 0;
 *   };
 * }
 * }</pre>
 * Test vector: seed 42 gives 2581720956, 1925393290, 3661312704.
 */
final class Mulberry32 {
    private int state;

    Mulberry32(int seed) {
        this.state = seed;
    }

    /** The next value as an unsigned 32-bit integer in a long: 0 ≤ u < 2^32. */
    long next() {
        state += 0x6D2B79F5;
        int t = (state ^ (state >>> 15)) * (1 | state);
        t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
        return Integer.toUnsignedLong(t ^ (t >>> 14));
    }

    /**
     * floor(u × bound / 2^32) for the next u: uniform enough in [0, bound) and exact in both languages (JS:
     * {@code Math.floor(next() * bound / 4294967296)}, exact in doubles while bound < 2^21).
     */
    int below(int bound) {
        return (int) ((next() * bound) >>> 32);
    }
}

package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.model.Domain;

/**
 * How a mock exam attempt is drawn. The build computes per-domain counts ({@link #allocate}) and emits them
 * into the exam page; the browser draws questions with the algorithm of {@link #draw}, which this class
 * implements as the reference the JS must match number for number.
 */
public final class ExamDraw {
    private ExamDraw() {
    }

    /**
     * Questions per domain, in declaration order: largest-remainder (Hamilton) rounding of
     * weight × total / sum-of-weights, so the counts always sum exactly to total. Each domain first gets the floor
     * of its quota; the seats left go one each to the largest remainders; equal remainders go to the domain
     * declared first (stable, and the author controls it by ordering). Integer arithmetic only, so no
     * floating-point ties. The sum of weights is 100 in a valid exam; dividing by the actual sum keeps the result
     * sensible while validation reports a wrong sum. All-zero weights share equally. A domain id declared twice
     * gets the sum of its counts.
     *
     * <p>Example: weights 18/27/22/18/15 with total 45 give 8/12/10/8/7.
     */
    public static Map<String, Integer> allocate(List<Domain> domains, int total) {
        if (domains.isEmpty() || total <= 0) {
            Map<String, Integer> zero = new LinkedHashMap<>();
            domains.forEach(d -> zero.merge(d.id(), 0, Integer::sum));
            return zero;
        }
        long weightSum = domains.stream().mapToLong(d -> Math.max(0, d.weight())).sum();
        long[] quota = new long[domains.size()];
        for (int i = 0; i < quota.length; i++) {
            quota[i] = weightSum == 0 ? total : (long) Math.max(0, domains.get(i).weight()) * total;
        }
        long divisor = weightSum == 0 ? domains.size() : weightSum;
        int[] counts = hamilton(quota, divisor, total);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            result.merge(domains.get(i).id(), counts[i], Integer::sum);
        }
        return result;
    }

    /** counts[i] = floor(quota[i] / divisor), plus one for the (total − Σ floors) largest remainders. */
    private static int[] hamilton(long[] quota, long divisor, int total) {
        int[] counts = new int[quota.length];
        List<Integer> order = new ArrayList<>();
        int left = total;
        for (int i = 0; i < quota.length; i++) {
            counts[i] = (int) (quota[i] / divisor);
            left -= counts[i];
            order.add(i);
        }
        // List.sort is stable: equal remainders keep declaration order.
        order.sort((a, b) -> Long.compare(quota[b] % divisor, quota[a] % divisor));
        for (int k = 0; k < left; k++) {
            counts[order.get(k)]++;
        }
        return counts;
    }

    /**
     * The questions of one attempt. Precisely, so the JS can mirror it:
     * <ol>
     * <li>Seed {@link Mulberry32} with the low 32 bits of {@code seed} (JS: {@code seed | 0}). One generator
     * serves the whole draw.</li>
     * <li>For each domain in the iteration order of {@code counts} (the declaration order returned by
     * {@link #allocate}; emit it as an ordered list, not a JS object): take a copy of its pool in the given order
     * (a missing pool is empty), let n be its length and k = min(count, n) (a count below 0 counts as 0). For
     * i = 0 … k−1: j = i + below(n − i); swap pool[i] and pool[j]. Append pool[0 … k−1] to the result. A short
     * pool simply yields fewer questions; validation reports it.</li>
     * <li>Shuffle the result the same way with k = n (every i from 0 to n−1 draws, including the last, which
     * always gets j = i), so domains are interleaved.</li>
     * </ol>
     * below(m) is floor(u × m / 2^32) for the next unsigned 32-bit value u. Pools are expected to be disjoint
     * (each question has one domain), so the result has no duplicates.
     */
    public static List<String> draw(Map<String, List<String>> poolByDomain, Map<String, Integer> counts, long seed) {
        Mulberry32 random = new Mulberry32((int) seed);
        List<String> drawn = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            List<String> pool = new ArrayList<>(poolByDomain.getOrDefault(e.getKey(), List.of()));
            int k = Math.min(Math.max(0, e.getValue()), pool.size());
            partialShuffle(pool, k, random);
            drawn.addAll(pool.subList(0, k));
        }
        partialShuffle(drawn, drawn.size(), random);
        return drawn;
    }

    /** Fisher–Yates from the front, stopping after k positions: the first k items are a uniform sample. */
    private static void partialShuffle(List<String> items, int k, Mulberry32 random) {
        for (int i = 0; i < k; i++) {
            Collections.swap(items, i, i + random.below(items.size() - i));
        }
    }
}

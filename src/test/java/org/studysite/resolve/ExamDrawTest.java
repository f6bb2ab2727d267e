package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.studysite.model.Domain;

class ExamDrawTest {
    private static final Map<String, List<String>> POOLS = Map.of(
            "a", List.of("a1", "a2", "a3", "a4", "a5"),
            "b", List.of("b1", "b2", "b3"),
            "c", List.of("c1", "c2", "c3", "c4"));

    @Test
    void hamiltonRoundingOfTheExampleExam() {
        Map<String, Integer> counts = ExamDraw.allocate(domains(18, 27, 22, 18, 15), 45);
        assertEquals(List.of("d0", "d1", "d2", "d3", "d4"), List.copyOf(counts.keySet()), "declaration order");
        assertEquals(List.of(8, 12, 10, 8, 7), List.copyOf(counts.values()));
    }

    @Test
    void equalRemaindersGoToTheDomainDeclaredFirst() {
        assertEquals(List.of(1, 1, 0), List.copyOf(ExamDraw.allocate(domains(34, 33, 33), 2).values()));
        assertEquals(List.of(1, 0, 0), List.copyOf(ExamDraw.allocate(domains(50, 50, 0), 1).values()));
    }

    @Test
    void countsAlwaysSumToTheTotal() {
        Random random = new Random(1);
        for (int round = 0; round < 200; round++) {
            List<Domain> domains = domains(randomWeights(random, 1 + random.nextInt(8)));
            for (int total = 1; total <= 200; total++) {
                Map<String, Integer> counts = ExamDraw.allocate(domains, total);
                assertEquals(total, counts.values().stream().mapToInt(Integer::intValue).sum());
                for (int i = 0; i < domains.size(); i++) {
                    double quota = domains.get(i).weight() * total / 100.0;
                    int c = counts.get("d" + i);
                    assertTrue(c >= Math.floor(quota) && c <= Math.ceil(quota), "within one of the exact quota");
                }
            }
        }
    }

    @Test
    void weightsNotSummingTo100AreScaledAndAllZeroSharesEqually() {
        assertEquals(List.of(5, 5), List.copyOf(ExamDraw.allocate(domains(30, 30), 10).values()));
        assertEquals(List.of(2, 1, 1), List.copyOf(ExamDraw.allocate(domains(0, 0, 0), 4).values()));
    }

    @Test
    void mulberry32MatchesTheJsReference() {
        Mulberry32 random = new Mulberry32(42);
        assertEquals(List.of(2581720956L, 1925393290L, 3661312704L),
                List.of(random.next(), random.next(), random.next()));
    }

    /** Expected lists computed by running the JS port in the Javadoc of draw() with Node. */
    @Test
    void drawMatchesTheJsReference() {
        assertEquals(List.of("c2", "a1", "c1", "a5", "b1", "a2"), ExamDraw.draw(POOLS, counts(3, 1, 2), 20240601));
        assertEquals(List.of("a1", "a4", "c2", "a3", "c1", "b2"), ExamDraw.draw(POOLS, counts(3, 1, 2), -7));
    }

    @Test
    void drawIsReproducibleForASeedAndDiffersForAnother() {
        List<String> first = ExamDraw.draw(POOLS, counts(3, 2, 3), 99);
        assertEquals(first, ExamDraw.draw(POOLS, counts(3, 2, 3), 99));
        assertNotEquals(first, ExamDraw.draw(POOLS, counts(3, 2, 3), 100));
    }

    @Test
    void drawHasNoDuplicatesAndHonoursCounts() {
        for (long seed = 0; seed < 500; seed++) {
            List<String> drawn = ExamDraw.draw(POOLS, counts(4, 2, 3), seed);
            assertEquals(9, drawn.size());
            assertEquals(9, new HashSet<>(drawn).size());
            assertEquals(4, drawn.stream().filter(id -> id.startsWith("a")).count());
        }
    }

    @Test
    void shortOrMissingPoolsYieldWhatThereIs() {
        Map<String, Integer> counts = new LinkedHashMap<>(counts(9, 9, 0));
        counts.put("missing", 3);
        List<String> drawn = ExamDraw.draw(POOLS, counts, 5);
        assertEquals(8, drawn.size());
        assertEquals(8, new HashSet<>(drawn).size());
    }

    private static Map<String, Integer> counts(int a, int b, int c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", a);
        counts.put("b", b);
        counts.put("c", c);
        return counts;
    }

    private static int[] randomWeights(Random random, int n) {
        int[] w = new int[n];
        int left = 100;
        for (int i = 0; i < n - 1; i++) {
            w[i] = random.nextInt(left + 1);
            left -= w[i];
        }
        w[n - 1] = left;
        return w;
    }

    private static List<Domain> domains(int... weights) {
        List<Domain> domains = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            domains.add(new Domain("d" + i, "D" + i, weights[i], List.of(), null));
        }
        return domains;
    }
}

package org.studysite.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void mapKeepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        assertEquals(items.stream().map(i -> "n" + i).toList(), Parallel.map(items, i -> "n" + i));
    }

    @Test
    void everyItemIsTakenExactlyOnce() {
        AtomicInteger[] seen = IntStream.range(0, 10_000).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        Parallel.forEach(IntStream.range(0, seen.length).boxed().toList(), i -> seen[i].incrementAndGet());
        for (AtomicInteger s : seen) {
            assertEquals(1, s.get());
        }
    }

    @Test
    void aSlowItemDoesNotHoldBackTheRest() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores");
        // The first item waits until every other item is done: with pieces cut up front (as parallel streams do)
        // the items queued behind it on its thread would never run, and this would time out.
        CountDownLatch others = new CountDownLatch(99);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(IntStream.range(0, 100).boxed().toList(), i -> {
            threads.add(Thread.currentThread().getName());
            if (i == 0) {
                try {
                    assertTrue(others.await(10, TimeUnit.SECONDS), "the other items ran meanwhile");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                others.countDown();
            }
        });
        assertTrue(threads.size() > 1, threads.toString());
    }

    @Test
    void aFailureReachesTheCallerAndStopsTheRest() {
        AtomicInteger ran = new AtomicInteger();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parallel.forEach(IntStream.range(0, 100_000).boxed().toList(), i -> {
                    ran.incrementAndGet();
                    if (i == 10) {
                        throw new IllegalArgumentException("item 10");
                    }
                }));
        assertEquals("item 10", e.getMessage());
        assertTrue(ran.get() < 100_000, "items after the failure were skipped: " + ran.get());
    }

    @Test
    void emptyAndSingleLists() {
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
        assertEquals(List.of(2), Parallel.map(List.of(1), i -> i + 1));
    }
}

package org.renewalledger.bench.harness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads take operation numbers 0 … count−1 until none is left, each sending
 * its next request when its last one answered. Open-loop load ({@link #openLoop}): requests are due at a fixed
 * rate whatever the answers do, and latency counts from when a request was due, so a slow answer that holds the
 * next requests back shows in their latency instead of lowering the rate (coordinated omission).
 */
final class Load {

    /** One operation; answers whether it succeeded. */
    interface Operation {
        boolean run(int number) throws Exception;
    }

    record Result(long operations, long errors, double seconds, Histogram latencyMicros, String firstError) {

        double perSecond() {
            return operations / seconds;
        }

        double p50Millis() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }
    }

    private Load() {
    }

    /**
     * Operation {@code n} is due at start + n ÷ {@code perSecond}; up to {@code maxInFlight} are outstanding at once.
     * When all of them are, the next due request waits for one, and that wait is part of its latency.
     */
    static Result openLoop(double perSecond, int maxInFlight, int count, Operation operation) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight);
        long intervalNanos = Math.round(1e9 / perSecond);
        long start = System.nanoTime();
        for (int worker = 0; worker < maxInFlight; worker++) {
            pool.submit(() -> {
                for (int number = next.getAndIncrement(); number < count; number = next.getAndIncrement()) {
                    long due = start + number * intervalNanos;
                    long early = due - System.nanoTime();
                    if (early > 0) {
                        TimeUnit.NANOSECONDS.sleep(early);
                    }
                    boolean ok;
                    try {
                        ok = operation.run(number);
                    } catch (Exception | AssertionError e) {
                        ok = false;
                        firstError.compareAndSet(null, e.toString());
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
                    if (!ok) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, "operation " + number + " failed");
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, errors.get(), seconds, latency, firstError.get());
    }

    static Result run(int clients, int count, Operation operation) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            pool.submit(() -> {
                for (int number = next.getAndIncrement(); number < count; number = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run(number);
                    } catch (Exception | AssertionError e) {
                        ok = false;
                        firstError.compareAndSet(null, e.toString());
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - begin) / 1_000));
                    if (!ok) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, "operation " + number + " failed");
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, errors.get(), seconds, latency, firstError.get());
    }
}

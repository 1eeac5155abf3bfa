package org.renewalledger.bench.harness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Closed-loop load: {@code clients} threads take operation numbers 0 … count−1 until none is left. */
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

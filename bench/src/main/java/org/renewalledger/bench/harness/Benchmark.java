package org.renewalledger.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark harness (docs/PERFORMANCE.md): starts the packaged service on a fresh local stack, loads a seeded
 * synthetic province through the API, runs workloads 1–7 each with its baseline measured in the same run on the same
 * PostgreSQL, prints the table and appends it, with the machine's facts, to docs/PERFORMANCE.md.
 *
 * <pre>java -jar bench/target/renewal-bench.jar benchmark --size medium [--seed 7] [--label "…"] [--append docs/PERFORMANCE.md]</pre>
 */
public final class Benchmark {

    /** What one run is asked to do. {@code serviceArguments} go to the service (e.g. tuning experiments). */
    public record Options(BenchmarkSize size, long seed, Path jar, Path dataDir, String serviceHeap, List<String> serviceArguments,
                          String label, Path append) {
    }

    /** The run's figures, what each measured stretch cost the machine, and the Markdown section written for them. */
    public record Report(List<Figure> figures, List<Resources.Usage> usages, List<String> postgresSettings, String markdown) {
    }

    private Benchmark() {
    }

    public static boolean main(String[] args) throws Exception {
        List<String> serviceArguments = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--service-arg")) {
                serviceArguments.add(args[i + 1]);
            }
        }
        String append = option(args, "--append", "");
        Options options = new Options(BenchmarkSize.named(option(args, "--size", "medium")),
                Long.parseLong(option(args, "--seed", "7")),
                Path.of(option(args, "--jar", "local/target/renewal-ledger.jar")),
                Path.of(option(args, "--data-dir", "target/bench-" + System.currentTimeMillis())),
                option(args, "--service-heap", "1g"), serviceArguments, option(args, "--label", ""),
                append.isEmpty() ? null : Path.of(append));
        Report report = run(options);
        return report.figures().stream().allMatch(figure -> figure.pass() == null || figure.pass());
    }

    public static Report run(Options options) throws Exception {
        Province province = Province.generate(options.size(), options.seed());
        Run.log(String.format("%s province, seed %d: %d counties, %d street offices, %d compounds, %d households",
                options.size().name(), options.seed(), province.counties().size(), province.streetOffices().size(),
                province.compounds().size(), province.households()));
        Instant started = Instant.now();
        List<Figure> figures = new ArrayList<>();
        String postgresVersion;
        List<String> postgresSettings;
        List<Resources.Usage> usages;
        long storeEvents;
        try (ServiceUnderTest service = ServiceUnderTest.start(options.jar(), options.dataDir(), options.serviceHeap(),
                options.serviceArguments())) {
            Run.log("service up at " + service.baseUrl() + " (log: " + service.log() + ")");
            Http http = new Http(service.baseUrl());
            Resources resources = new Resources(service.pid(), options.dataDir(), service.jdbcUrl(), http);
            Run run = new Run(http, service.jdbcUrl(), province, options.size(), options.seed(), resources);
            PhysicalLimits limits = new PhysicalLimits(run);
            postgresVersion = limits.postgresVersion();
            postgresSettings = limits.settings();

            Growth.Sample empty = Growth.measure(run, limits, "empty");
            ProvinceLoader.Loaded loaded = ProvinceLoader.load(run);
            Rebuild.awaitCaughtUp(run.http(), List.of()); // every baseline runs on a quiet service
            limits.prepare();
            // Before each workload: a checkpoint and fresh statistics (PhysicalLimits.settle), on a caught-up service.
            limits.settle();
            figures.addAll(BulkImport.figures(loaded.phases(), limits));
            limits.settle();
            CommandPath.Measured commandPath = CommandPath.run(run, limits);
            figures.addAll(0, commandPath.figures());
            Rebuild.awaitCaughtUp(run.http(), List.of());
            limits.settle();
            figures.addAll(DashboardQueries.run(run));
            limits.settle();
            figures.addAll(AuditQueries.run(run, limits, loaded.auditCompoundFunded()));
            Rebuild.awaitCaughtUp(run.http(), List.of());
            limits.settle();
            figures.addAll(Growth.figures(empty, Growth.measure(run, limits, "full")));
            Rebuild.awaitCaughtUp(run.http(), List.of());
            limits.settle();
            figures.addAll(Conventional.run(run, commandPath.ours()));
            Rebuild.awaitCaughtUp(run.http(), List.of());
            limits.settle();
            // Last: a rebuild cut off by its budget leaves the read models half-built behind it.
            figures.addAll(Rebuild.run(run, limits));
            storeEvents = limits.storeSize();
            limits.dropBaselines();
            usages = resources.usages();
        } finally {
            keepServiceLog(options.dataDir());
            deleteQuietly(options.dataDir());
        }
        String markdown = markdown(options, province, figures, postgresVersion, postgresSettings, usages, storeEvents, started);
        System.out.println(markdown);
        if (options.append() != null) {
            Files.writeString(options.append(), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return new Report(List.copyOf(figures), usages, postgresSettings, markdown);
    }

    private static String markdown(Options options, Province province, List<Figure> figures, String postgresVersion,
                                   List<String> postgresSettings, List<Resources.Usage> usages, long storeEvents, Instant started) {
        StringBuilder out = new StringBuilder("\n### ").append(started.truncatedTo(ChronoUnit.MINUTES)).append(" — ")
                .append(options.size().name()).append(" size").append(options.label().isEmpty() ? "" : ", " + options.label()).append("\n\n");
        out.append(String.format("Machine: %d cores, %s memory, load average %s at the end; JDK %s (%s); PostgreSQL %s (embedded); "
                        + "service heap %s%s.%n", Runtime.getRuntime().availableProcessors(), memory(), loadAverage(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), postgresVersion, options.serviceHeap(),
                options.serviceArguments().isEmpty() ? "" : ", service arguments " + options.serviceArguments()));
        out.append(String.format("Province (seed %d): %d counties, %d street offices, %d compounds, %,d households "
                        + "(largest %,d); %,d events in the store at the end; run took %d s.%n%n", options.seed(), province.counties().size(),
                province.streetOffices().size(), province.compounds().size(), province.households(),
                province.compounds().stream().mapToInt(CompoundPlan::households).max().orElse(0), storeEvents,
                java.time.Duration.between(started, Instant.now()).toSeconds()));
        out.append("PostgreSQL settings: ").append(String.join(", ", postgresSettings)).append(".\n");
        out.append("Each figure: a warm-up, then ").append(Trials.RUNS).append(" runs (median, and the smallest and largest run); "
                + "a CHECKPOINT and VACUUM ANALYZE before each workload; workload 4 also open loop at "
                + DashboardQueries.OPEN_LOOP_RATE + " requests/s.\n\n");
        out.append(Figure.HEADER);
        figures.forEach(figure -> out.append(figure.row()).append('\n'));
        out.append("\nWhat each measured stretch cost (warm-up and runs together; CPU from /proc of each process tree, the "
                + "service's GC pauses from its jvm.gc.pause metric; PostgreSQL's checkpoints and autovacuum runs from its "
                + "statistics views):\n\n");
        out.append(Resources.HEADER);
        usages.forEach(usage -> out.append(usage.row()).append('\n'));
        return out.toString();
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB";
        }
        return "unknown";
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The service's log outlives the data directory, next to it, for reading errors after the run. */
    private static void keepServiceLog(Path dataDir) {
        Path log = dataDir.resolve("service.log");
        Path kept = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-service.log");
        try {
            if (Files.exists(log)) {
                Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Run.log("service log kept at " + kept);
            }
        } catch (IOException e) {
            Run.log("could not keep the service log: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Run.log("could not delete " + directory + ": " + e.getMessage());
        }
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

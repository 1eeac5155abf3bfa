package org.renewalledger.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole harness at tiny size against the packaged service, so it cannot rot: every workload produces its
 * figures with a baseline, a ratio and the spread of its runs, every measured stretch its CPU, GC and PostgreSQL
 * account, and nothing failed on the way. Goals are not asserted: a tiny store on a busy build machine says nothing
 * about them.
 */
class BenchmarkIT {

    @Test
    void shouldProduceACompleteAndSaneTable_whenRunAtTinySize() throws Exception {
        // under target/, not a temporary directory: the harness keeps the service's log next to it for a failed build
        Path dataDir = Path.of("target", "benchmark-it");
        Benchmark.Report report = Benchmark.run(new Benchmark.Options(BenchmarkSize.named("tiny"), 7,
                Path.of(System.getProperty("service.jar", "../local/target/renewal-ledger.jar")), dataDir.resolve("stack"), "768m",
                // a build machine shared by many builds can take minutes to start Elasticsearch
                List.of("--renewal.local-stack.startup-timeout=600s"), "CI smoke run", null));

        Set<String> workloads = report.figures().stream().map(figure -> figure.workload().substring(0, 1)).collect(Collectors.toSet());
        assertThat(workloads).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
        assertThat(report.figures()).allSatisfy(figure -> {
            assertThat(figure.ratio()).as(figure.figure()).isNotNull().isFinite().isPositive();
            assertThat(Double.parseDouble(figure.value().replace(",", ""))).as(figure.figure()).isPositive();
            assertThat(figure.figure()).as("no request failed").doesNotContain("errors:").doesNotContainPattern("[1-9]\\d* errors");
            assertThat(figure.baseline()).doesNotContainPattern("\\([1-9]\\d* errors").doesNotContainPattern("; [1-9]\\d* errors");
            assertThat(figure.range()).as("the spread of the runs, or why there is one run: " + figure.figure()).isNotBlank();
            if (figure.range().contains(" – ")) {
                String[] minMax = figure.range().split(" – ");
                double min = Double.parseDouble(minMax[0].replace(",", ""));
                double max = Double.parseDouble(minMax[1].replace(",", ""));
                double median = Double.parseDouble(figure.value().replace(",", ""));
                // the printed numbers are rounded, so the median may tie either end
                assertThat(min).as(figure.figure()).isPositive().isLessThanOrEqualTo(median);
                assertThat(max).as(figure.figure()).isGreaterThanOrEqualTo(median);
            }
        });
        List<Figure> dashboards = report.figures().stream().filter(figure -> figure.workload().startsWith("4")).toList();
        assertThat(dashboards).as("the HTTP floor twice, then closed-loop p99, throughput and open-loop p99 of ten reads").hasSize(2 + 3 * 10);
        assertThat(dashboards).anySatisfy(figure -> assertThat(figure.figure()).contains("/api/dashboard"));
        assertThat(dashboards).anySatisfy(figure -> assertThat(figure.figure()).contains("/api/assessments/"));
        assertThat(dashboards).filteredOn(figure -> figure.figure().contains("open loop")).hasSize(1 + 10);
        assertThat(report.figures()).filteredOn(figure -> figure.workload().startsWith("2"))
                .singleElement().satisfies(figure -> assertThat(figure.figure()).contains("until caught up, sealed and queryable"));
        assertThat(report.figures()).filteredOn(figure -> figure.workload().startsWith("5"))
                .anySatisfy(figure -> assertThat(figure.figure()).contains("as of an instant during the load"));

        // What each stretch cost: every workload and baseline accounted, the processes found, the figures sane.
        assertThat(report.usages().stream().map(usage -> usage.workload().substring(0, 1)).collect(Collectors.toSet()))
                .contains("1", "2", "3", "4", "5", "6", "7");
        assertThat(report.usages()).allSatisfy(usage -> {
            assertThat(usage.seconds()).as(usage.workload()).isPositive();
            assertThat(List.of(usage.serviceCpu(), usage.postgresCpu(), usage.elasticsearchCpu(), usage.loadGeneratorCpu(),
                    usage.serviceGc(), usage.loadGeneratorGc())).as(usage.workload()).allSatisfy(value -> assertThat(value).isFinite().isNotNegative());
            assertThat(List.of(usage.checkpoints(), usage.autovacuums(), usage.autoanalyzes())).as(usage.workload())
                    .allSatisfy(count -> assertThat(count).isNotNegative());
        });
        // Over the whole run each process tree did measurable work: the processes were found, not silently missed.
        assertThat(report.usages().stream().mapToDouble(Resources.Usage::serviceCpu).sum()).isPositive();
        assertThat(report.usages().stream().mapToDouble(Resources.Usage::postgresCpu).sum()).isPositive();
        assertThat(report.usages().stream().mapToDouble(Resources.Usage::elasticsearchCpu).sum()).isPositive();
        assertThat(report.usages().stream().mapToDouble(Resources.Usage::loadGeneratorCpu).sum()).isPositive();
        assertThat(report.usages().stream().mapToDouble(Resources.Usage::serviceGc).sum()).as("the service collected garbage").isPositive();
        assertThat(report.postgresSettings()).anySatisfy(setting -> assertThat(setting).startsWith("shared_buffers="))
                .anySatisfy(setting -> assertThat(setting).startsWith("max_wal_size="));
        assertThat(report.markdown()).contains("| workload | figure | value (median) | min – max of 3 runs", "cores", "PostgreSQL",
                "PostgreSQL settings: ", "| measured stretch | wall s | CPU s: service");
    }
}

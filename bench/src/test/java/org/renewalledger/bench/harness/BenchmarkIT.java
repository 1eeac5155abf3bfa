package org.renewalledger.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole harness at tiny size against the packaged service, so it cannot rot: every workload produces its
 * figures with a baseline and a ratio, and nothing failed on the way. Goals are not asserted: a tiny store on a
 * busy build machine says nothing about them.
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
            assertThat(figure.baseline()).doesNotContainPattern("\\([1-9]\\d* errors");
        });
        assertThat(report.figures().stream().filter(figure -> figure.workload().startsWith("4"))).as("the HTTP floor and seven reads").hasSize(8);
        assertThat(report.markdown()).contains("| workload | figure | value | baseline", "cores", "PostgreSQL");
    }
}

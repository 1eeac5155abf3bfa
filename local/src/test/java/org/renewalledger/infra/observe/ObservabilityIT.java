package org.renewalledger.infra.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * Observability (docs/OPERATIONS.md): Prometheus scrapes processor lag, Axon's processor latency, commands by
 * outcome and refusal code, and HTTP latencies without a token; a command's log line names its request's correlation
 * id, user and jurisdiction.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends IntegrationTest {

    @Test
    void shouldLogARefusedCommandWithItsCorrelationIdUserAndJurisdiction(CapturedOutput output) {
        String token = tokenFor("street-office");
        String correlationId = "obs-" + UUID.randomUUID();
        http.post().uri("/api/compounds").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Correlation-Id", correlationId);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(newCompoundId(), "新建小区", 2005))
                .exchange().expectStatus().isEqualTo(422);
        List<String> lines = output.getAll().lines().filter(line -> line.contains(correlationId)).toList();
        assertThat(lines).as("log lines of the request").isNotEmpty();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Command RegisterCompoundCommand refused: COMPOUND_NOT_ELIGIBLE")
                .contains("street-office").contains("520523001"));
    }

    @Test
    void shouldShowProcessorLagLatencyCommandsAndHttpLatenciesToPrometheus() {
        String token = tokenFor("street-office");
        register(token, registration(newCompoundId(), "指标小区", 1992)).expectStatus().isCreated();
        http.post().uri("/api/compounds").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(newCompoundId(), "新建小区", 2005)).exchange().expectStatus().isEqualTo(422);
        eventually(() -> {
            String scrape = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(scrape).contains("renewal_processor_lag_events{processor=\"read-models\"}")
                    .contains("renewal_processor_lag_events{processor=\"search-indexes\"}")
                    .containsPattern("eventProcessor_latency\\w*\\{[^}]*processorName=\"read-models\"")
                    .containsPattern("renewal_commands_total\\{code=\"none\",command=\"RegisterCompoundCommand\","
                            + "outcome=\"accepted\"\\} [1-9]")
                    .containsPattern("renewal_commands_total\\{code=\"COMPOUND_NOT_ELIGIBLE\","
                            + "command=\"RegisterCompoundCommand\",outcome=\"refused\"\\} [1-9]")
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/compounds\"");
        });
    }

    @Test
    void shouldScrapeEveryMetricTheGrafanaDashboardReads() throws Exception {
        String dashboard = Files.readString(Path.of("..", "infra", "deploy", "grafana", "renewal-ledger.json"));
        Set<String> read = Pattern.compile("(renewal_\\w+|eventProcessor_\\w+|http_server_requests_seconds_\\w+)")
                .matcher(dashboard).results().map(MatchResult::group).collect(Collectors.toSet());
        assertThat(read).as("metrics the dashboard reads").hasSizeGreaterThanOrEqualTo(4);
        String token = tokenFor("street-office");
        register(token, registration(newCompoundId(), "看板小区", 1991)).expectStatus().isCreated();
        eventually(() -> {
            String scrape = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            for (String metric : read) {
                assertThat(scrape).as("the dashboard's %s in the scrape", metric).contains(metric + "{");
            }
        });
    }
}

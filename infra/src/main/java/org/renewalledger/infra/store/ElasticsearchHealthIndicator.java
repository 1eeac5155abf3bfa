package org.renewalledger.infra.store;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Elasticsearch in {@code /actuator/health}. Only search depends on it, so when it is unreachable the
 * service is {@code DEGRADED} (still answering HTTP 200: commands and the other queries work, and the
 * index catches up afterwards) rather than {@code DOWN}.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractReactiveHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED");

    private final ElasticsearchAsyncClient client;

    ElasticsearchHealthIndicator(ElasticsearchAsyncClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.defer(() -> Mono.fromFuture(client.cluster().health()))
                .timeout(Duration.ofSeconds(3))
                .onErrorResume(e -> Mono.empty())
                .map(health -> {
                    Health.Builder status = health.status() == HealthStatus.Red ? builder.down() : builder.up();
                    return status.withDetail("cluster", health.clusterName())
                            .withDetail("status", health.status().jsonValue())
                            .build();
                })
                .defaultIfEmpty(builder.status(DEGRADED).withDetail("impact", "search is unavailable; it catches up when "
                        + "Elasticsearch returns").build());
    }
}

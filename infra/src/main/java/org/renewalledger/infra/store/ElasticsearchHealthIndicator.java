package org.renewalledger.infra.store;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Elasticsearch in {@code /actuator/health}. Search is the only thing that depends on it, so operators see
 * the degradation here while commands and the other queries keep working.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ElasticsearchAsyncClient client;

    ElasticsearchHealthIndicator(ElasticsearchAsyncClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.defer(() -> Mono.fromFuture(client.cluster().health()))
                .timeout(Duration.ofSeconds(3))
                .map(health -> {
                    Health.Builder status = health.status() == HealthStatus.Red ? builder.down() : builder.up();
                    return status.withDetail("cluster", health.clusterName())
                            .withDetail("status", health.status().jsonValue())
                            .build();
                });
    }
}

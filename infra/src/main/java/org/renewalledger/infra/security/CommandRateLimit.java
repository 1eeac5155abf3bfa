package org.renewalledger.infra.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.renewalledger.infra.web.Problem;
import org.renewalledger.infra.web.ProblemWriter;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-user rate limit on command endpoints (every POST, PUT, PATCH and DELETE under {@code /api/}): a token
 * bucket per authenticated user (Bucket4j), {@code burst} commands at once and {@code perSecond} more each
 * second. A user over the limit gets 429 with {@code Retry-After}, before anything is parsed or stored. Reads
 * are not limited here (they are paged and capped). Buckets live in this node's memory: behind a load
 * balancer each node limits on its own, which bounds a user to nodes × limit (docs/SECURITY.md).
 */
public class CommandRateLimit implements WebFilter {

    private final long burst;
    private final long perSecond;
    private final ProblemWriter problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public CommandRateLimit(long burst, long perSecond, ProblemWriter problems) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isCommand(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(ActorAuthentication.class::isInstance)
                .map(principal -> ((ActorAuthentication) principal).getPrincipal())
                .map(Actor::userId)
                .flatMap(user -> {
                    ConsumptionProbe probe = bucketOf(user).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        return chain.filter(exchange).then(Mono.just(true));
                    }
                    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return problems.write(exchange, Problem.of(ErrorCode.RATE_LIMITED,
                            "More than " + burst + " commands at once or " + perSecond + " a second; retry in " + seconds + " s"))
                            .then(Mono.just(true));
                })
                // No authenticated user: the security chain has already answered (401), or this is not the API.
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).then(Mono.just(true))))
                .then();
    }

    private Bucket bucketOf(String user) {
        return buckets.computeIfAbsent(user, u -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build());
    }

    private static boolean isCommand(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        return exchange.getRequest().getPath().value().startsWith("/api/")
                && (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method)
                || HttpMethod.DELETE.equals(method));
    }
}

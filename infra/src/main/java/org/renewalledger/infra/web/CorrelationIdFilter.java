package org.renewalledger.infra.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.renewalledger.command.web.CorrelationHeader;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: the client's {@code X-Correlation-Id} when it is sane, a new UUID
 * otherwise. It goes into the command's metadata (and so into every event) and back in the response,
 * including error responses, so a user's report can be traced to the events.
 */
@Component
@Order(-200) // before Spring Security, so that 401s carry it too
class CorrelationIdFilter implements WebFilter {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(CorrelationHeader.NAME);
        String correlationId = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationHeader.NAME, correlationId))
                .build();
        exchange.getResponse().getHeaders().set(CorrelationHeader.NAME, correlationId);
        return chain.filter(exchange.mutate().request(request).build());
    }
}

package org.renewalledger.query.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Holds a read under {@code /api/} until the read models have seen this node's acknowledged commands
 * ({@link OwnWrites}); ahead of {@link ReadModelETagFilter}, so a tag is never taken from positions older than the
 * caller's own write. Streams are left alone: they follow changes as they come.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class OwnWritesFilter implements WebFilter {

    private final OwnWrites ownWrites;

    OwnWritesFilter(OwnWrites ownWrites) {
        this.ownWrites = ownWrites;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (exchange.getRequest().getMethod() != HttpMethod.GET || !path.startsWith("/api/") || path.endsWith("/stream")) {
            return chain.filter(exchange);
        }
        return ownWrites.seen().then(chain.filter(exchange));
    }
}

package org.renewalledger.infra.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.renewalledger.command.observe.CommandLogContext;
import org.renewalledger.command.web.CorrelationHeader;
import org.renewalledger.infra.security.ActorAuthentication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Every log line of a request names its correlation id, user and jurisdiction (docs/OPERATIONS.md, "Logs"): they go
 * into the Reactor context, and Reactor's automatic context propagation ({@code spring.reactor.context-propagation:
 * auto}) copies them into the logging MDC on whichever thread runs the request's next step. After Spring Security,
 * so the user is known; the correlation id comes from CorrelationIdFilter.
 */
@Component
@Order(0)
class RequestLogContext implements WebFilter {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(
                CommandLogContext.CORRELATION_ID, CommandLogContext.USER, CommandLogContext.JURISDICTION));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = exchange.getRequest().getHeaders().getFirst(CorrelationHeader.NAME);
        return exchange.getPrincipal()
                .filter(ActorAuthentication.class::isInstance)
                .map(principal -> ((ActorAuthentication) principal).getPrincipal())
                .map(actor -> Context.of(CommandLogContext.USER, actor.userId(),
                        CommandLogContext.JURISDICTION, actor.jurisdiction().value()))
                .<Context>map(context -> context)
                .defaultIfEmpty(Context.empty())
                .flatMap(context -> chain.filter(exchange).contextWrite(withCorrelation(context, correlationId)));
    }

    private static Context withCorrelation(Context context, String correlationId) {
        return correlationId == null ? context : context.put(CommandLogContext.CORRELATION_ID, correlationId);
    }
}

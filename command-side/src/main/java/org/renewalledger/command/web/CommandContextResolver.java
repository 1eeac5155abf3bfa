package org.renewalledger.command.web;

import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Fills a {@link CommandContext} parameter from the request: the actor is the authenticated principal (the
 * security layer turns the token's claims into an {@link Actor}), the correlation id the request's
 * {@value CorrelationHeader#NAME} header (the web layer sets one on every request).
 */
class CommandContextResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CommandContext.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        String correlationId = exchange.getRequest().getHeaders().getFirst(CorrelationHeader.NAME);
        if (correlationId == null) {
            return Mono.error(new ServerWebInputException("Missing request header '" + CorrelationHeader.NAME + "'", parameter));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .ofType(Actor.class)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.AUTHENTICATION_REQUIRED,
                        ErrorCode.AUTHENTICATION_REQUIRED.title())))
                .<Object>map(actor -> new CommandContext(actor, correlationId));
    }
}

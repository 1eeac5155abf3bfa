package org.renewalledger.infra.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.renewalledger.command.web.CorrelationHeader;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as {@code application/problem+json}, its title and detail in the language the
 * request prefers (docs/OPERATIONS.md, "Problems in Chinese"); shared by the error handler and security.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final ProblemMessages messages = new ProblemMessages();

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale language = ProblemLanguage.of(exchange.getRequest().getHeaders());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", messages.title(problem.code(), language));
        body.put("status", problem.status().value());
        body.put("detail", messages.detail(problem, language));
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code().name());
        if (problem.field() != null) {
            body.put("field", problem.field());
        }
        // The filter sets it on the response; error handlers may see the exchange as it was before the filter.
        String correlationId = response.getHeaders().getFirst(CorrelationHeader.NAME);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLanguage(language);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}

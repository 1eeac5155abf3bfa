package org.renewalledger.infra.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.renewalledger.command.web.CorrelationHeader;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final Duration DRAIN_TIME = Duration.ofSeconds(10);

    private final JsonMapper json;
    private final ProblemMessages messages = new ProblemMessages();

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        if (answeredBeforeTheBody(problem) && carriesBody(exchange)) {
            return drain(exchange).then(Mono.defer(() -> answer(exchange, problem)));
        }
        return answer(exchange, problem);
    }

    private Mono<Void> answer(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
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

    /** Refusals that come before a handler reads the request body: its size, its type, the caller, the rate. */
    private static boolean answeredBeforeTheBody(Problem problem) {
        return switch (problem.status().value()) {
            case 401, 413, 415, 429 -> true;
            default -> false;
        };
    }

    private static boolean carriesBody(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Reads and drops the unread body, so that the connection is free for the client's next request: a body left
     * on the wire makes that request wait behind it, and closing at once resets the connection before the client
     * has read this answer. A body past {@link #DRAIN_LIMIT}, a sender slower than {@link #DRAIN_TIME}, or a body
     * already being read ends the connection with the answer instead.
     */
    private static Mono<Void> drain(ServerWebExchange exchange) {
        AtomicLong dropped = new AtomicLong();
        return exchange.getRequest().getBody()
                .map(buffer -> {
                    long size = buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return dropped.addAndGet(size);
                })
                .takeUntil(total -> total > DRAIN_LIMIT)
                .timeout(DRAIN_TIME)
                .then(Mono.fromRunnable(() -> {
                    if (dropped.get() > DRAIN_LIMIT) {
                        exchange.getResponse().getHeaders().setConnection("close");
                    }
                }))
                .onErrorResume(e -> Mono.fromRunnable(() -> exchange.getResponse().getHeaders().setConnection("close")))
                .then();
    }
}

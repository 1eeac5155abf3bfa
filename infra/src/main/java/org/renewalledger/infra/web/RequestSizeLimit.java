package org.renewalledger.infra.web;

import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security (docs/SECURITY.md): refuses a request whose declared body is larger than the cap with 413 before
 * a byte of it is read. A body without a declared length is still capped while it is read
 * ({@code spring.codec.max-in-memory-size}; ProblemExceptionHandler answers that with 413 too).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimit implements WebFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestSizeLimit(@Value("${spring.codec.max-in-memory-size:256KB}") DataSize max, ProblemWriter problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        // File uploads (the survey import) have caps of their own: the multipart reader limits each part while it
        // streams in, and the import its file's size and rows (docs/IMPORT.md).
        boolean upload = MediaType.MULTIPART_FORM_DATA.isCompatibleWith(exchange.getRequest().getHeaders().getContentType());
        if (length > maxBytes && !upload) {
            return problems.write(exchange, Problem.worded(ErrorCode.PAYLOAD_TOO_LARGE, null,
                    "problem.detail.body-too-large", maxBytes));
        }
        return chain.filter(exchange);
    }
}

package org.renewalledger.query.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * HTTP caching of the read side, in one place for every read endpoint (docs/OPERATIONS.md, "Cache headers"): a GET
 * under {@code /api/} answers an {@code ETag} derived from where the read models stand ({@link ReadModelPositions}),
 * the request's path and query, what the answer is negotiated on (Accept, Accept-Language), the caller (user, role
 * and jurisdiction: the read scope) and the programme's date (answers such as overdue lists change with the day).
 * A request whose {@code If-None-Match} carries the current tag is answered 304 here, before any controller runs:
 * no query, no database.
 *
 * <p>The tag is an HMAC under a key drawn when the node starts, so a client cannot forge another user's or another
 * path's tag, and a restart (a new build, new projection code) invalidates every tag. Responses say
 * {@code Cache-Control: private, no-cache} (a browser keeps the answer but asks every time) and
 * {@code Vary: Authorization, Accept, Accept-Language}.
 *
 * <p>Left out, because the read models' position does not say when their answer changes:
 * <ul>
 *   <li>streams ({@code …/stream}, {@code Accept: text/event-stream}): an open stream has no single version;</li>
 *   <li>exports ({@code …/export…}, {@code .csv}, {@code .xlsx}, {@code .pdf}): downloads are saved as files, not revalidated,
 *       and some are streamed page by page as the client reads;</li>
 *   <li>search ({@code …/search}): Elasticsearch makes an indexed document searchable at its own refresh, after the
 *       processor has moved on;</li>
 *   <li>{@code /api/audit/**}: chain verification must read the event store itself every time, since tampering with
 *       a stored row moves no processor;</li>
 *   <li>{@code /api/admin/**}: the operators' views show processor state that changes between events;</li>
 *   <li>residents' names ({@code …/consent/{matter}/votes}) and the log of their reads
 *       ({@code /api/personal-data-reads}): every read of personal data is logged with its purpose, which a 304
 *       answered here would skip, and the log grows with reads, not with events.</li>
 * </ul>
 * Only 200 answers carry a tag; errors never do, so no 304 can stand in for a refusal.
 */
@Component
public class ReadModelETagFilter implements WebFilter {

    private static final List<String> EXCLUDED_PREFIXES = List.of("/api/admin/", "/api/audit/", "/api/personal-data-reads");
    private static final List<String> VARY = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE);

    private final ReadModelPositions positions;
    private final Clock clock;
    private final SecretKeySpec key;

    ReadModelETagFilter(ReadModelPositions positions, Clock clock) {
        this.positions = positions;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!cacheable(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        // The position is read before the answer is: the answer is at least as new as its tag, never older.
        String fingerprint = positions.fingerprint();
        return exchange.getPrincipal()
                .map(ReadModelETagFilter::scope)
                .defaultIfEmpty("anonymous")
                .flatMap(scope -> {
                    String tag = tag(exchange.getRequest(), scope, fingerprint);
                    ServerHttpResponse response = exchange.getResponse();
                    List<String> ifNoneMatch = exchange.getRequest().getHeaders().get(HttpHeaders.IF_NONE_MATCH);
                    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
                        response.setStatusCode(HttpStatus.NOT_MODIFIED);
                        cacheHeaders(response.getHeaders(), tag);
                        return response.setComplete();
                    }
                    response.beforeCommit(() -> {
                        HttpStatus status = response.getStatusCode() == null ? HttpStatus.OK : HttpStatus.resolve(response.getStatusCode().value());
                        if (status == HttpStatus.OK) {
                            cacheHeaders(response.getHeaders(), tag);
                        }
                        return Mono.empty();
                    });
                    return chain.filter(exchange);
                });
    }

    static boolean cacheable(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/") || EXCLUDED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        if (path.endsWith("/stream") || path.endsWith("/search") || path.endsWith("/votes") || path.contains("/export") || path.endsWith(".csv")
                || path.endsWith(".xlsx") || path.endsWith(".pdf")) {
            return false;
        }
        return request.getHeaders().getAccept().stream().noneMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
    }

    /** The caller as the read scope sees it: user, role and jurisdiction. */
    private static String scope(Principal principal) {
        if (principal instanceof Authentication authentication && authentication.getPrincipal() != null) {
            return authentication.getPrincipal().toString();
        }
        return principal.getName();
    }

    private String tag(ServerHttpRequest request, String scope, String fingerprint) {
        HttpHeaders headers = request.getHeaders();
        String input = String.join("\n", fingerprint, request.getURI().getRawPath(), String.valueOf(request.getURI().getRawQuery()),
                String.valueOf(headers.getFirst(HttpHeaders.ACCEPT)), String.valueOf(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE)),
                scope, ProgrammeTime.today(clock).toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * If-None-Match compares weakly (RFC 9110 §13.1.2): the opaque part of each listed tag. {@code *} is not honoured:
     * it would answer 304 without knowing whether the read would answer 200 at all.
     */
    static boolean matches(List<String> ifNoneMatch, String tag) {
        String opaque = opaque(tag);
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                if (opaque(candidate.trim()).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static void cacheHeaders(HttpHeaders headers, String tag) {
        headers.set(HttpHeaders.ETAG, tag);
        // Replaces Spring Security's "no-cache, no-store": the answer may be kept, and is revalidated every time.
        headers.set(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        headers.remove(HttpHeaders.PRAGMA);
        headers.remove(HttpHeaders.EXPIRES);
        headers.setVary(VARY);
    }
}

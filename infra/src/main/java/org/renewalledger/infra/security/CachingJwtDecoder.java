package org.renewalledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens already validated, so a client's next request with the same bearer token skips parsing and
 * the RSA signature check. Profiling the command path showed the decoder taking about a sixth of the service's
 * CPU (docs/PERFORMANCE.md): every request of a session carries the same token. Only tokens that
 * passed the full validation are remembered, keyed by their exact text; a remembered token is honoured only
 * until its own expiry (judged by the injected clock), and for at most {@code retention} after it was
 * validated, after which it is validated afresh. A forged or altered token is a different key and goes
 * through the delegate.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> validated;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, long maximumTokens, Duration retention) {
        this.delegate = delegate;
        this.clock = clock;
        this.validated = Caffeine.newBuilder().maximumSize(maximumTokens).expireAfterWrite(retention).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = validated.getIfPresent(token);
        if (known != null) {
            Instant expiresAt = known.getExpiresAt();
            if (expiresAt == null || clock.instant().isBefore(expiresAt)) {
                return Mono.just(known);
            }
            validated.invalidate(token);
        }
        return delegate.decode(token).doOnNext(jwt -> validated.put(token, jwt));
    }
}

package org.renewalledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    /** Validates "good-…" tokens expiring an hour after NOW, refuses every other, and counts its calls. */
    private final AtomicInteger validations = new AtomicInteger();
    private final ReactiveJwtDecoder validator = token -> {
        validations.incrementAndGet();
        if (!token.startsWith("good")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("street-office")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofHours(1))).build());
    };

    @Test
    void aTokenValidatedOnceIsNotValidatedAgainWithinItsLifetime() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(validator, Clock.fixed(NOW, ZoneOffset.UTC), 100, Duration.ofMinutes(5));

        Jwt first = decoder.decode("good-1").block();
        Jwt second = decoder.decode("good-1").block();

        assertThat(second).isSameAs(first);
        assertThat(validations).hasValue(1);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(validator, Clock.fixed(NOW, ZoneOffset.UTC), 100, Duration.ofMinutes(5));

        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(validations).hasValue(2);
    }

    @Test
    void aRememberedTokenPastItsExpiryGoesBackToTheValidator() {
        MovableClock clock = new MovableClock(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(validator, clock, 100, Duration.ofDays(1));
        decoder.decode("good-2").block();

        clock.now = NOW.plus(Duration.ofHours(1));
        decoder.decode("good-2").block();

        assertThat(validations).as("validated again at its expiry instant").hasValue(2);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

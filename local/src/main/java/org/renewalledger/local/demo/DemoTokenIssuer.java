package org.renewalledger.local.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.renewalledger.infra.security.JwtActorConverter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The local stack's stand-in for an OIDC provider: signs short-lived RS256 tokens for the demo users.
 * Its key is kept in the data directory so that tokens stay valid across restarts of the local stack.
 * Production turns it off and validates tokens from a real issuer instead (see docs/SECURITY.md).
 */
public class DemoTokenIssuer {

    public static final String ISSUER = "renewal-ledger-local";

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final Clock clock;
    private final Duration lifetime;

    public DemoTokenIssuer(Path keyFile, Clock clock, Duration lifetime) {
        this.key = loadOrCreate(keyFile);
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(DemoUser user) {
        return issue(user, clock.instant(), lifetime);
    }

    /** A token issued at {@code now} for {@code lifetime}; tests use it for tokens that have already expired. */
    public IssuedToken issue(DemoUser user, Instant now, Duration lifetime) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .id(UUID.randomUUID().toString())
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("name", user.displayName())
                .claim(JwtActorConverter.ROLE_CLAIM, user.role().name())
                .claim(JwtActorConverter.JURISDICTION_CLAIM, user.jurisdiction())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, "Bearer", lifetime.toSeconds(), user.username(), user.role().name(), user.jurisdiction());
    }

    /** Validates signature, issuer and expiry of the tokens this issuer signed. */
    public ReactiveJwtDecoder decoder() {
        try {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            // Expiry is judged by the same injected clock that issued the token.
            JwtTimestampValidator expiry = new JwtTimestampValidator();
            expiry.setClock(clock);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(ISSUER), expiry));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException("The demo issuer's key is unusable", e);
        }
    }

    /** What the token endpoint answers. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn, String username, String role,
                              String jurisdiction) {
    }

    private static RSAKey loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
            }
            RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, generated.toJSONString(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the demo issuer's key " + keyFile, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The demo issuer's key " + keyFile + " is unusable; delete it to make a new one", e);
        }
    }
}

package org.renewalledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Any OIDC issuer, by configuration: the claims that carry user, role and jurisdiction are named in settings. */
class JwtActorConverterTest {

    @Test
    void shouldReadTheDefaultClaims() {
        Jwt jwt = token(Map.of("sub", "wang", "role", "AUDITOR", "jurisdiction", "520523"));
        assertThat(new JwtActorConverter().actorOf(jwt))
                .isEqualTo(new Actor("wang", Role.AUDITOR, JurisdictionCode.of("520523")));
    }

    @Test
    void shouldReadAKeycloakStyleTokenWithConfiguredClaimNames() {
        Jwt jwt = token(Map.of("sub", "b3c1", "preferred_username", "chen",
                "realm_access", Map.of("roles", List.of("offline_access", "HOUSING_BUREAU", "uma_authorization")),
                "division_code", "520523"));
        assertThat(new JwtActorConverter("preferred_username", "realm_access.roles", "division_code").actorOf(jwt))
                .isEqualTo(new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")));
    }

    @Test
    void shouldRefuseATokenWithoutOrWithAmbiguousRole() {
        assertThatThrownBy(() -> new JwtActorConverter().actorOf(token(Map.of("sub", "x", "jurisdiction", "520523"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> new JwtActorConverter().actorOf(token(Map.of("sub", "x", "role", List.of("AUDITOR",
                "ADMINISTRATOR"), "jurisdiction", "520523")))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> new JwtActorConverter().actorOf(token(Map.of("sub", "x", "role", "AUDITOR",
                "jurisdiction", "not-a-code")))).isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}

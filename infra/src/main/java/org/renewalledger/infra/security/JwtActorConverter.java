package org.renewalledger.infra.security;

import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Reads the actor from a validated token: {@code sub} is the user, {@code role} one of {@link Role},
 * {@code jurisdiction} a division code. Any OIDC issuer that sets these claims works; a token without
 * them is refused as invalid rather than given a default role.
 */
public class JwtActorConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String ROLE_CLAIM = "role";
    public static final String JURISDICTION_CLAIM = "jurisdiction";

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> new ActorAuthentication(actorOf(jwt), jwt));
    }

    static Actor actorOf(Jwt jwt) {
        String role = jwt.getClaimAsString(ROLE_CLAIM);
        String jurisdiction = jwt.getClaimAsString(JURISDICTION_CLAIM);
        if (jwt.getSubject() == null || role == null || jurisdiction == null) {
            throw new InvalidBearerTokenException("The token lacks the sub, role or jurisdiction claim");
        }
        try {
            return new Actor(jwt.getSubject(), Role.valueOf(role), JurisdictionCode.of(jurisdiction));
        } catch (IllegalArgumentException | DomainException e) {
            throw new InvalidBearerTokenException("The token's role or jurisdiction claim is not valid");
        }
    }
}

package org.renewalledger.infra.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * Reads the actor from a validated token: by default {@code sub} is the user, {@code role} one of
 * {@link Role}, {@code jurisdiction} a division code. Any OIDC issuer works: the claim names are
 * configuration ({@code renewal.security.claims.*}), a dotted name reaches into nested claims
 * ({@code realm_access.roles}), and a list claim may hold other values beside exactly one of the roles.
 * A token without them is refused as invalid rather than given a default role.
 */
public class JwtActorConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String ROLE_CLAIM = "role";
    public static final String JURISDICTION_CLAIM = "jurisdiction";

    private final String userClaim;
    private final String roleClaim;
    private final String jurisdictionClaim;

    public JwtActorConverter() {
        this("sub", ROLE_CLAIM, JURISDICTION_CLAIM);
    }

    public JwtActorConverter(String userClaim, String roleClaim, String jurisdictionClaim) {
        this.userClaim = userClaim;
        this.roleClaim = roleClaim;
        this.jurisdictionClaim = jurisdictionClaim;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> new ActorAuthentication(actorOf(jwt), jwt));
    }

    Actor actorOf(Jwt jwt) {
        Object user = claim(jwt.getClaims(), userClaim);
        Object role = claim(jwt.getClaims(), roleClaim);
        Object jurisdiction = claim(jwt.getClaims(), jurisdictionClaim);
        if (user == null || role == null || jurisdiction == null) {
            throw new InvalidBearerTokenException("The token lacks the user, role or jurisdiction claim");
        }
        try {
            return new Actor(user.toString(), role(role), JurisdictionCode.of(jurisdiction.toString()));
        } catch (IllegalArgumentException | DomainException e) {
            throw new InvalidBearerTokenException("The token's role or jurisdiction claim is not valid");
        }
    }

    /** One role: the claim's value, or the one element of a list claim that names a role. */
    private static Role role(Object claim) {
        if (claim instanceof Collection<?> values) {
            List<Role> roles = values.stream().map(Object::toString)
                    .filter(value -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(value)))
                    .map(Role::valueOf).distinct().toList();
            if (roles.size() != 1) {
                throw new IllegalArgumentException("The role claim names " + roles.size() + " roles of this service");
            }
            return roles.get(0);
        }
        return Role.valueOf(claim.toString());
    }

    private static Object claim(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value != null || !name.contains(".")) {
            return value;
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}

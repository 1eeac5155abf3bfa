package org.renewalledger.infra.security;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.web.ProblemWriter;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-user command rate limit on its own (the integration tests run with it opened wide): a user past the
 * burst gets a 429 problem with Retry-After, other users and reads go on.
 */
class CommandRateLimitTest {

    private final WebTestClient client = WebTestClient
            .bindToRouterFunction(route(POST("/api/compounds"), request -> ServerResponse.ok().build())
                    .and(route(GET("/api/compounds"), request -> ServerResponse.ok().build())))
            .webFilter(authenticateFromHeader(), new CommandRateLimit(3, 1, new ProblemWriter(JsonMapper.builder().build())))
            .build();

    @Test
    void shouldRefuseAUserPastTheBurstWith429AndLeaveOthersAndReadsAlone() {
        for (int i = 0; i < 3; i++) {
            command("wang").expectStatus().isOk();
        }
        command("wang").expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.status").isEqualTo(429);
        command("liu").expectStatus().isOk();
        client.get().uri("/api/compounds").header("X-User", "wang").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec command(String user) {
        return client.post().uri("/api/compounds").header("X-User", user).exchange();
    }

    /** Stands in for the security chain: the X-User header becomes the authenticated actor. */
    private static WebFilter authenticateFromHeader() {
        return (exchange, chain) -> {
            String user = exchange.getRequest().getHeaders().getFirst("X-User");
            Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject(user).issuedAt(Instant.EPOCH)
                    .expiresAt(Instant.EPOCH.plusSeconds(60)).build();
            ActorAuthentication authentication = new ActorAuthentication(
                    new Actor(user, Role.STREET_OFFICE, JurisdictionCode.of("520523001")), jwt);
            return chain.filter(exchange.mutate().principal(Mono.just(authentication)).build());
        };
    }
}

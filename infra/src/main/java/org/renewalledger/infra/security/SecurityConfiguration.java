package org.renewalledger.infra.security;

import java.time.Clock;
import java.time.Duration;
import org.renewalledger.infra.web.Problem;
import org.renewalledger.infra.web.ProblemWriter;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Every API call needs a bearer token; the actor it names goes into every command. Tokens come from any
 * OIDC issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) or, on the local stack, from
 * the local module's demo issuer. What each role may do is decided on the command bus (CommandAuthorizationInterceptor).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, ProblemWriter problems,
                                       JwtActorConverter actors, CommandRateLimit rateLimit, Clock clock,
                                       @Value("${renewal.security.validated-token-cache.size:10000}") long cachedTokens,
                                       @Value("${renewal.security.validated-token-cache.retention:PT5M}") Duration retention) {
        ReactiveJwtDecoder decoder = new CachingJwtDecoder(jwtDecoder, clock, cachedTokens, retention);
        return http
                .addFilterAfter(rateLimit, SecurityWebFiltersOrder.AUTHORIZATION)
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies to forge
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Prometheus scrapes without a token: counts and timings only, no personal data, no ids;
                        // the gateway keeps it on the backend network (infra/deploy/nginx.conf)
                        .pathMatchers("/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**").permitAll()
                        .pathMatchers("/local/**").permitAll()
                        // Dashboard page: static files only; its data calls carry the visitor's token.
                        .pathMatchers("/dashboard", "/dashboard/**").permitAll()
                        .pathMatchers("/api/admin/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        // the national view's figures: national administrators (NationalController checks 100000)
                        .pathMatchers("/api/national/**").hasRole("ADMINISTRATOR")
                        .pathMatchers("/api/audit/**").hasAnyRole("AUDITOR", "ADMINISTRATOR",
                                "DISCIPLINE_OFFICE") // security: oversight reads the chain too (hashes only)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(actors))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange,
                                Problem.of(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.AUTHENTICATION_REQUIRED.title())))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED.title()))))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange,
                                Problem.of(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.AUTHENTICATION_REQUIRED.title())))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED.title()))))
                .build();
    }

    /**
     * Security (docs/SECURITY.md): which claims carry the user, the role and the jurisdiction, so that any OIDC
     * issuer works by configuration alone (the demo issuer uses the defaults).
     */
    @Bean
    JwtActorConverter jwtActorConverter(@Value("${renewal.security.claims.user:sub}") String user,
                                        @Value("${renewal.security.claims.role:role}") String role,
                                        @Value("${renewal.security.claims.jurisdiction:jurisdiction}") String jurisdiction) {
        return new JwtActorConverter(user, role, jurisdiction);
    }

    /** Security: per-user token buckets on command endpoints. */
    @Bean
    CommandRateLimit commandRateLimit(@Value("${renewal.security.rate-limit.burst:200}") long burst,
                                      @Value("${renewal.security.rate-limit.per-second:50}") long perSecond,
                                      ProblemWriter problems) {
        return new CommandRateLimit(burst, perSecond, problems);
    }

    /**
     * Requests the firewall refuses before any handler sees them (an encoded '/', '.' or '%' in the path, '..'
     * segments) get a problem body like every other refusal, not a bare 400.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests(ProblemWriter problems) {
        return (exchange, rejected) -> problems.write(exchange, Problem.of(ErrorCode.VALIDATION_FAILED,
                "The request path was refused: it must not contain '..' segments or an encoded '/', '\\', '.' or '%'"));
    }
}

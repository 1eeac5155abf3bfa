package org.renewalledger.local.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.renewalledger.local.LocalProfile;
import org.renewalledger.local.stack.LocalStackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The demo token issuer, on by default in the {@code local} profile only ({@link LocalProfile}: no external server;
 * {@value #DEMO_ISSUER_ENABLED}=false turns it off, and then tokens come from the OIDC issuer configured as in
 * production), and the {@code --demo} programme. With external servers it is off, and asking for it stops the start
 * ({@link DemoIssuerGuard}).
 */
@Configuration(proxyBeanMethods = false)
@Import(DemoLoader.class)
public class DemoConfiguration {

    public static final String DEMO_ISSUER_ENABLED = "renewal.security.demo-issuer.enabled";
    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    static DemoIssuerGuard demoIssuerGuard() {
        return new DemoIssuerGuard();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = DEMO_ISSUER_ENABLED, havingValue = "true")
    @Import(DemoTokenController.class)
    static class DemoIssuerConfiguration {

        @Bean
        DemoTokenIssuer demoTokenIssuer(LocalStackProperties localStack, Clock clock,
                                        @Value("${renewal.security.demo-issuer.token-lifetime:PT8H}") Duration lifetime) {
            Path keyFile = localStack.dataDir().resolve("demo-issuer").resolve("signing-key.jwk");
            return new DemoTokenIssuer(keyFile, clock, lifetime);
        }

        /** The demo issuer's key validates tokens; without it Spring Boot builds the decoder from the issuer URI. */
        @Bean
        ReactiveJwtDecoder demoJwtDecoder(DemoTokenIssuer issuer) {
            return issuer.decoder();
        }

        @EventListener
        void tellHowToGetAToken(ApplicationReadyEvent event) {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
                log.info("Demo token: curl -s -X POST -H 'Accept: text/plain' http://localhost:{}/local/tokens/street-office",
                        web.getWebServer().getPort());
            }
        }
    }
}

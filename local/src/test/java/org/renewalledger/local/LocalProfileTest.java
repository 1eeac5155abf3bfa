package org.renewalledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The local profile, and the demo issuer with it, only when no external server is configured. */
class LocalProfileTest {

    @Test
    void shouldActivateTheLocalProfileAndTheDemoIssuerWithoutExternalServers() {
        MockEnvironment environment = new MockEnvironment();
        new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).contains(LocalProfile.NAME);
        assertThat(environment.getProperty("renewal.security.demo-issuer.enabled")).isEqualTo("true");
    }

    @Test
    void shouldLeaveTheDemoIssuerOffWithAnExternalServer() {
        for (String url : new String[] {"renewal.postgres.url", "renewal.elasticsearch.url"}) {
            MockEnvironment environment = new MockEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(url, "http://elsewhere")));
            new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
            assertThat(environment.getActiveProfiles()).as(url).doesNotContain(LocalProfile.NAME);
            assertThat(environment.getProperty("renewal.security.demo-issuer.enabled")).as(url).isNull();
        }
    }

    @Test
    void shouldLetAnOperatorTurnTheDemoIssuerOffOnTheLocalStack() {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("renewal.security.demo-issuer.enabled", "false")));
        new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("renewal.security.demo-issuer.enabled")).isEqualTo("false");
    }
}

package org.renewalledger.local;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * The {@value #NAME} profile: active exactly when neither {@code renewal.postgres.url} nor
 * {@code renewal.elasticsearch.url} is set, so that the local jar started bare runs its own stack with the demo token
 * issuer, while the same jar pointed at external servers runs without it, like the production application.
 * Runs after the configuration files are read, so URLs from any source count; its defaults sit just above the
 * service's own configuration files, so the command line, the environment and an operator's files still win.
 */
public class LocalProfile implements EnvironmentPostProcessor, Ordered {

    public static final String NAME = "local";
    static final String SOURCE = "localProfileDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isLocal(environment)) {
            return;
        }
        environment.addActiveProfile(NAME);
        PropertySource<?> defaults = new MapPropertySource(SOURCE, Map.of("renewal.security.demo-issuer.enabled", "true"));
        MutablePropertySources sources = environment.getPropertySources();
        String applicationYml = sources.stream().map(PropertySource::getName)
                .filter(name -> name.contains("application.yml") || name.contains("application.properties"))
                .findFirst().orElse(null);
        if (applicationYml == null) {
            sources.addLast(defaults);
        } else {
            sources.addBefore(applicationYml, defaults);
        }
    }

    /** No external server configured: the local stack serves both. */
    public static boolean isLocal(Environment environment) {
        return blank(environment.getProperty("renewal.postgres.url"))
                && blank(environment.getProperty("renewal.elasticsearch.url"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.renewalledger.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the operators' compose file is checked as a document: it parses, it has the
 * production topology, and every setting it passes to the service is one the service reads.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("..", "infra", "deploy");
    private static final Path INFRA_RESOURCES = Path.of("..", "infra", "src", "main", "resources");

    @Test
    void shouldDescribeTheProductionTopology() throws IOException {
        Map<String, Object> services = map(compose().get("services"));

        assertThat(services).containsKeys("postgres", "elasticsearch", "command", "query", "gateway");
        assertThat(environment(services, "command")).containsEntry("SPRING_PROFILES_ACTIVE", "command");
        assertThat(environment(services, "query")).containsEntry("SPRING_PROFILES_ACTIVE", "query");
        assertThat((Integer) map(map(services.get("query")).get("deploy")).get("replicas")).as("query replicas").isGreaterThanOrEqualTo(2);
        assertThat(map(services.get("query")).get("depends_on").toString()).contains("command");
        // Both sides run the same image, configured alike but for the role.
        assertThat(map(services.get("command")).get("image")).isEqualTo(map(services.get("query")).get("image"));
        assertThat(environment(services, "command")).containsKeys("RENEWAL_POSTGRES_URL", "RENEWAL_ELASTICSEARCH_URL");
        assertThat(String.valueOf(map(services.get("elasticsearch")).get("image")))
                .endsWith(":" + pomProperty("elasticsearch-server.version"));
        assertThat(Files.readString(DEPLOY.resolve("nginx.conf"))).contains("http://command:8080", "http://query:8080");
        assertThat(Files.isRegularFile(DEPLOY.resolve("Dockerfile"))).isTrue();
    }

    @Test
    void shouldPassOnlySettingsTheServiceReads() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        Set<String> known = knownSettings();
        for (String service : List.of("command", "query")) {
            for (String variable : environment(services, service).keySet()) {
                if (variable.startsWith("RENEWAL_")) {
                    assertThat(known).as("%s in %s's environment", variable, service).contains(variable);
                }
            }
        }
    }

    @Test
    void shouldSetTheRoleInEachProfile() throws IOException {
        assertThat(role("application-command.yml")).isEqualTo("command");
        assertThat(role("application-query.yml")).isEqualTo("query");
        assertThat(role("application-national.yml")).isEqualTo("national");
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DEPLOY.resolve("compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            assertThat(compose).containsKeys("services", "volumes", "networks");
            return compose;
        }
    }

    private static Map<String, Object> environment(Map<String, Object> services, String service) {
        return map(map(services.get(service)).get("environment"));
    }

    /**
     * Environment variables the service reads: those named in the placeholders of application.yml and of the local
     * module's defaults (the demo issuer of a trial run), and the relaxed (upper-case, no dashes) form of each of
     * their renewal.* keys.
     */
    private static Set<String> knownSettings() throws IOException {
        String yaml = Files.readString(INFRA_RESOURCES.resolve("application.yml"));
        String local = Files.readString(Path.of("src/main/resources/org/renewalledger/local/local-stack.properties"));
        Set<String> known = new HashSet<>();
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z_]+):").matcher(yaml + local);
        while (placeholders.find()) {
            known.add(placeholders.group(1));
        }
        flatten("", map(new Yaml().<Map<String, Object>>load(yaml)), known);
        java.util.Properties defaults = new java.util.Properties();
        defaults.load(new java.io.StringReader(local));
        defaults.stringPropertyNames().forEach(key -> known.add(key.replace("-", "").replace('.', '_').toUpperCase()));
        return known;
    }

    private static void flatten(String prefix, Map<String, Object> node, Set<String> known) {
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> child) {
                flatten(key, map(child), known);
            } else {
                known.add(key.replace("-", "").replace('.', '_').toUpperCase());
            }
        }
    }

    private static String role(String profileFile) throws IOException {
        Map<String, Object> profile = new Yaml().load(Files.readString(INFRA_RESOURCES.resolve(profileFile)));
        return String.valueOf(map(map(profile.get("renewal")).get("process")).get("role"));
    }

    private static String pomProperty(String name) throws IOException {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(matcher.find()).as(name + " in the parent pom").isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}

package org.renewalledger.local.stack;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local stack's settings; defaults in {@code local-stack.properties} beside this class.
 *
 * @param dataDir              survives restarts: delete it to start from nothing
 * @param postgresPort         0 for a free port
 * @param elasticsearchHome    an unpacked distribution to run instead of the one this jar carries; empty for that one
 * @param elasticsearchVersion the version of the distribution this jar carries
 * @param javaHome             the JDK that runs Elasticsearch; empty for this JVM's
 * @param elasticsearchNodes   1 for a single node; more for a cluster on loopback ({@link LocalElasticsearchCluster})
 */
@ConfigurationProperties("renewal.local-stack")
public record LocalStackProperties(Path dataDir, int postgresPort, Path elasticsearchHome, String elasticsearchVersion,
                                   String javaHome, String elasticsearchHeap, Duration startupTimeout,
                                   int elasticsearchNodes) {
}

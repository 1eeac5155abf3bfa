package org.renewalledger.infra;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on the real local stack
 * (embedded PostgreSQL and a real Elasticsearch node) in a fresh data directory per test run. All
 * subclasses share one application context, so the servers start once per run.
 */
@SpringBootTest(classes = RenewalLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HttpTestSupport.ShiftedClock.class)
public abstract class IntegrationTest extends HttpTestSupport {

    private static final Path DATA_DIR = freshDataDirectory();
    protected static final String PREVIOUS_MASTER_KEY = "cHJldmlvdXMgbWFzdGVyIGtleSBvZiB0aGUgdGVzdHM="; // 32 bytes

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        registry.add("renewal.local-stack.data-dir", DATA_DIR::toString);
        // security: the scale, concurrency and authorisation-matrix tests send thousands of commands as one user;
        // the rate limit itself is tested on its own (CommandRateLimitTest)
        registry.add("renewal.security.rate-limit.burst", () -> "1000000");
        registry.add("renewal.security.rate-limit.per-second", () -> "1000000");
        // security: a master key retired by a rotation, still readable until the rotation is done (MasterKeyRotationIT)
        registry.add("renewal.privacy.previous-master-keys", () -> PREVIOUS_MASTER_KEY);
    }
}

package org.renewalledger.local.demo;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.renewalledger.infra.HttpTestSupport;
import org.renewalledger.infra.RenewalLedgerApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application started as a newcomer would start it with {@code --demo}: on a local stack of its own (so
 * the demo county is not shared with the other integration tests), the demo programme loaded at start-up.
 * The subclasses share this one context.
 */
@SpringBootTest(classes = RenewalLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = DemoLoader.ENABLED + "=true")
@Import(HttpTestSupport.ShiftedClock.class)
abstract class DemoProgrammeTest extends HttpTestSupport {

    private static final Path DATA_DIR = freshDataDirectory();

    @Autowired
    protected DemoLoader demo;

    protected DemoLoader.DemoReport startUpLoad;

    @DynamicPropertySource
    static void demoStack(DynamicPropertyRegistry registry) {
        registry.add("renewal.local-stack.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoLoaded() throws Exception {
        startUpLoad = demo.loaded().get(5, TimeUnit.MINUTES);
    }
}

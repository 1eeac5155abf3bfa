package org.renewalledger.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service: command side, query side, and the infrastructure that joins them; by default all in one process,
 * or one side only by {@code renewal.process.role} (process.ProcessRole, docs/OPERATIONS.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RenewalLedgerApplication {

    public static void main(String[] args) {
        // Axon reports usage to its vendor by default; a public-funds ledger sends nothing anywhere
        // unasked. An explicit -Daxoniq.update-checker.disabled=false still wins.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(RenewalLedgerApplication.class, args);
    }
}

package org.renewalledger.infra;

import org.renewalledger.command.CommandSideConfiguration;
import org.renewalledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The whole service in one process: command side, query side, and the infrastructure that joins them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
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

package org.renewalledger.infra.evidence;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where uploaded evidence lives: {@code renewal.evidence.directory} ({@code RENEWAL_EVIDENCE_DIR}); the local stack
 * sets it to {@code evidence} inside its data directory, the production default is {@code .data/evidence} in the
 * working directory (docs/OPERATIONS.md).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    DirectoryEvidenceStore evidenceStore(@Value("${renewal.evidence.directory:${RENEWAL_EVIDENCE_DIR:.data/evidence}}") Path directory) {
        return new DirectoryEvidenceStore(directory);
    }
}

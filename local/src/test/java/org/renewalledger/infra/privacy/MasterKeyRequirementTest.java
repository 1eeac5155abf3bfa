package org.renewalledger.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.renewalledger.infra.RenewalLedgerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/**
 * Keys (docs/SECURITY.md): with an external PostgreSQL the vault's master key must come from the operator; the start
 * stops before the service reaches for its servers, so no server is needed here.
 */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyRequirementTest {

    @Test
    void shouldRefuseToStartWithAnExternalPostgresAndNoMasterKey(CapturedOutput output) {
        SpringApplication application = new SpringApplication(RenewalLedgerApplication.class);
        assertThatThrownBy(() -> application.run("--server.port=0",
                "--renewal.postgres.url=jdbc:postgresql://db.invalid:5432/renewal",
                "--renewal.elasticsearch.url=http://search.invalid:9200",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.invalid/realms/renewal"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(MasterKeyMissingException.class));
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Refused: RENEWAL_PRIVACY_MASTER_KEY (renewal.privacy.master-key) is not set")
                .contains("openssl rand -base64 32");
    }
}

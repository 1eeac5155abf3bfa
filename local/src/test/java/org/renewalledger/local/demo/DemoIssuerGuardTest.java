package org.renewalledger.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.renewalledger.infra.RenewalLedgerApplication;
import org.renewalledger.local.stack.LocalStackException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/**
 * Safe by default (docs/SECURITY.md): the demo issuer, which gives an ADMINISTRATOR token to anyone, never guards
 * external servers. The start stops before the service reaches for them, so no server is needed here.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoIssuerGuardTest {

    @Test
    void shouldRefuseToStartWithExternalServersAndTheDemoIssuerEnabled_inOneLine(CapturedOutput output) {
        SpringApplication application = new SpringApplication(RenewalLedgerApplication.class);
        assertThatThrownBy(() -> application.run("--server.port=0",
                "--renewal.postgres.url=jdbc:postgresql://db.invalid:5432/renewal",
                "--renewal.elasticsearch.url=http://search.invalid:9200",
                "--renewal.privacy.master-key=" + "A".repeat(43) + "=",
                "--renewal.security.demo-issuer.enabled=true"))
                .satisfies(failure -> {
                    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
                    assertThat(cause).isInstanceOf(LocalStackException.class);
                    assertThat(cause.getMessage()).as("one line").doesNotContain("\n")
                            .startsWith("Refused: the demo token issuer");
                });
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Refused: the demo token issuer (renewal.security.demo-issuer.enabled=true) hands an "
                        + "ADMINISTRATOR token to anyone")
                .doesNotContain("db.invalid:5432: ");
    }
}

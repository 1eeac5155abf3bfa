package org.renewalledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/**
 * Tamper evidence end to end: every stored event gets sealed; flipping one byte of one stored event in
 * PostgreSQL makes both the server's verification and the auditor's standalone check name that event.
 */
class AuditChainIT extends IntegrationTest {

    @Test
    void shouldNameTheEventWhoseStoredBytesWereChanged() throws Exception {
        String token = tokenFor("street-office");
        String victim = newCompoundId();
        register(token, registration(newCompoundId(), "东风小区", 1990)).expectStatus().isCreated();
        register(token, registration(victim, "红星小区", 1991)).expectStatus().isCreated();
        register(token, registration(newCompoundId(), "朝阳小区", 1992)).expectStatus().isCreated();
        String auditor = tokenFor("auditor");
        eventually(() -> assertThat(verification(auditor)).satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.unsealed()).isZero();
            assertThat(report.intactEvents()).isGreaterThanOrEqualTo(3);
        }));
        String cleanExport = export(auditor);
        assertThat(AuditChain.verify(new StringReader(cleanExport), null).problem()).isEmpty();

        String eventId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, victim);
        flipOneByte(eventId);
        try {
            ChainReport report = verification(auditor);
            assertThat(report.intact()).isFalse();
            assertThat(report.firstProblem().kind()).isEqualTo("CONTENT_CHANGED");
            assertThat(report.firstProblem().eventIdentifier()).isEqualTo(eventId);
            assertThat(report.firstProblem().aggregateIdentifier()).isEqualTo(victim);

            Path tampered = Files.createTempFile("audit-chain", ".tsv");
            Files.writeString(tampered, export(auditor), StandardCharsets.UTF_8);
            Standalone offline = runStandaloneVerifier(tampered);
            assertThat(offline.exitCode()).isEqualTo(1);
            assertThat(offline.output()).contains("CONTENT_CHANGED").contains(eventId);
        } finally {
            flipOneByte(eventId); // flip it back: other tests share this event store
        }
        assertThat(verification(auditor).intact()).isTrue();
    }

    @Test
    void shouldAcceptAnIntactExportOfflineAndCheckAnAnchor() throws Exception {
        register(tokenFor("street-office"), registration(newCompoundId(), "向阳小区", 1989)).expectStatus().isCreated();
        String auditor = tokenFor("auditor");
        eventually(() -> assertThat(verification(auditor).unsealed()).isZero());
        ChainReport report = verification(auditor);
        Path export = Files.createTempFile("audit-chain", ".tsv");
        Files.writeString(export, export(auditor), StandardCharsets.UTF_8);

        Standalone intact = runStandaloneVerifier(export, "--anchor", report.head());
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).startsWith("INTACT");

        String forgedAnchor = report.head().substring(0, report.head().indexOf(':') + 1) + "00".repeat(32);
        Standalone forged = runStandaloneVerifier(export, "--anchor", forgedAnchor);
        assertThat(forged.exitCode()).isEqualTo(1);
        assertThat(forged.output()).contains("ANCHOR_MISMATCH");
    }

    @Test
    void shouldRefuseToEditEventsOrSealsAtTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_seal")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET type = type")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry WHERE false")).hasMessageContaining("append-only");
    }

    @Test
    void shouldKeepTheChainFromEveryoneButAuditorsAndAdministrators() {
        http.get().uri("/api/audit/chain/verification").headers(h -> h.setBearerAuth(tokenFor("street-office")))
                .exchange().expectStatus().isForbidden();
    }

    private ChainReport verification(String token) {
        return http.get().uri("/api/audit/chain/verification").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(ChainReport.class).returnResult().getResponseBody();
    }

    private String export(String token) {
        // The export holds every event of the whole test run (shared database), far beyond the client's 256 KB default.
        return http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build()
                .get().uri("/api/audit/chain/export").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /**
     * The attacker: a database superuser who switches off the append-only guard and XORs one bit of the
     * sixth payload byte, a one-byte change nobody would see in the JSON at a glance.
     */
    private void flipOneByte(String eventId) {
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
        try {
            jdbc.update("UPDATE domainevententry SET payload = set_byte(payload, 5, get_byte(payload, 5) # 1) "
                    + "WHERE eventidentifier = ?", eventId);
        } finally {
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        }
    }

    private record Standalone(int exitCode, String output) {
    }

    /** The auditor's way: a bare JDK running the single source file, no project classpath. */
    private static Standalone runStandaloneVerifier(Path export, String... options) throws Exception {
        // The tests run in the local module; the verifier is infra's source file, as an auditor downloads it.
        Path source = Path.of("../infra/src/main/java/org/renewalledger/infra/audit/AuditChain.java").toAbsolutePath().normalize();
        Path javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaLauncher.toString(), source.toString(), "verify",
                export.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Standalone(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}

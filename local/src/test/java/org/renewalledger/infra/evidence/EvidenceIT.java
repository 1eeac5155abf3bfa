package org.renewalledger.infra.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;
import org.springframework.http.MediaType;

/**
 * Evidence end to end (docs/LIFECYCLE.md, "Evidence"; docs/AUDIT.md): a photo uploaded over HTTP is stored once under
 * its SHA-256, read back with its thumbnail by the jurisdictions on its uploader's line only, named by a completion
 * acceptance, and its hash found in the acceptance's event and its upload's event in the chain export, which the
 * auditor's standalone verifier accepts; a file that is no JPEG, PNG or PDF by its bytes is refused.
 */
class EvidenceIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCoverAnUploadNamedByACompletionAcceptance_inTheOfflineVerifiedChain() throws Exception {
        String office = tokenFor("street-office");
        String bureau = tokenFor("housing-bureau");
        String builder = tokenFor("implementing-entity");
        String id = newCompoundId();
        register(office, registration(id, "凭证小区" + id.substring(10), 1994)).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        project.roster(office, LifecycleSteps.units("1-1-", 1, 3, "80")).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();
        bindCommittee(office, id);
        bindContractor(id + "-2026", id);
        project.selfGovernance(tokenFor("owners-committee")).expectStatus().isOk();
        project.applicationAgreedBy(office, List.of("1-1-1", "1-1-2", "1-1-3"));
        project.application(tokenFor("owners-committee")).expectStatus().isOk();
        project.scheme(office, "100000.00").expectStatus().isOk();
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        project.post(office, "consent/SCHEME/import", Map.of("votes", List.of(
                Map.of("unit", "1-1-1", "choice", "AGREE", "channel", "PAPER_FORM"),
                Map.of("unit", "1-1-2", "choice", "AGREE", "channel", "PAPER_FORM"),
                Map.of("unit", "1-1-3", "choice", "AGREE", "channel", "PAPER_FORM")))).expectStatus().isOk();
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        project.approve(bureau).expectStatus().isOk();
        for (String milestone : List.of("ENTERED_ANNUAL_PLAN", "DESIGN_REVIEWED")) {
            project.milestone(bureau, milestone, 0).expectStatus().isOk();
        }
        project.milestone(tokenFor("finance-bureau"), "BUDGET_REVIEWED", 0).expectStatus().isOk();
        for (String milestone : List.of("TENDERED", "CONTRACTED", "CONSTRUCTION_STARTED")) {
            project.milestone(builder, milestone, 0).expectStatus().isOk();
        }

        // the signed acceptance record, photographed and filed under the compound's street office: uploaded once (201),
        // again (200, nothing new), read back on the street office's line only
        byte[] record = LifecycleSteps.png();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(record));
        LifecycleSteps.upload(http, tokenFor("street-office-2"), record, "验收记录.png", "520523001").expectStatus().isForbidden();
        LifecycleSteps.upload(http, bureau, record, "验收记录.png", "520523001").expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.hash").isEqualTo(hash)
                .jsonPath("$.type").isEqualTo("PNG")
                .jsonPath("$.size").isEqualTo(record.length)
                .jsonPath("$.thumbnailHref").isEqualTo("/api/evidence/" + hash + "/thumbnail");
        LifecycleSteps.upload(http, bureau, record, "copy.png", "520523001").expectStatus().isOk()
                .expectBody().jsonPath("$.hash").isEqualTo(hash);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class,
                "evidence-" + hash)).as("one upload event per content").isEqualTo(1);
        byte[] readBack = http.get().uri("/api/evidence/{h}", hash).headers(h -> h.setBearerAuth(office)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(readBack).isEqualTo(record);
        http.get().uri("/api/evidence/{h}/thumbnail", hash).headers(h -> h.setBearerAuth(tokenFor("auditor"))).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG);
        http.get().uri("/api/evidence/{h}", hash).headers(h -> h.setBearerAuth(tokenFor("street-office-2"))).exchange()
                .expectStatus().isForbidden();

        // completion acceptance: refused without evidence, refused naming a file never uploaded, taken with the record
        project.post(bureau, "milestones", Map.of("milestone", "COMPLETION_ACCEPTED", "reachedOn", "2025-11-03",
                        "reference", "竣工验收记录", "residentRepresentatives", 3, "backdatingReason", LifecycleSteps.LATE))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_REQUIRED");
        project.post(bureau, "milestones", Map.of("milestone", "COMPLETION_ACCEPTED", "reachedOn", "2025-11-03",
                        "reference", "竣工验收记录", "residentRepresentatives", 3, "backdatingReason", LifecycleSteps.LATE,
                        "attachments", List.of("ab".repeat(32))))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_NOT_FOUND");
        project.post(bureau, "milestones", Map.of("milestone", "COMPLETION_ACCEPTED", "reachedOn", "2025-11-03",
                        "reference", "竣工验收记录", "residentRepresentatives", 3, "backdatingReason", LifecycleSteps.LATE,
                        "attachments", List.of(hash.toUpperCase())))
                .expectStatus().isOk();

        // the chain export holds both events with the hash, sealed, and the standalone verifier accepts it
        String auditor = tokenFor("auditor");
        eventually(() -> assertThat(unsealed(auditor)).isZero());
        String export = http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build()
                .get().uri("/api/audit/chain/export").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode acceptance = payloadOf(export, id, "MilestoneReachedEvent", "COMPLETION_ACCEPTED");
        assertThat(acceptance.path("attachments").get(0).path("value").asText()).isEqualTo(hash);
        assertThat(acceptance.path("dateClaim").path("backdated").asBoolean()).isTrue();
        assertThat(acceptance.path("dateClaim").path("reason").asText()).isEqualTo(LifecycleSteps.LATE);
        JsonNode upload = payloadOf(export, "evidence-" + hash, "EvidenceUploadedEvent", hash);
        assertThat(upload.path("size").asLong()).isEqualTo(record.length);
        assertThat(upload.path("uploader").asText()).isEqualTo("housing-bureau");
        assertThat(upload.path("jurisdiction").path("value").asText()).isEqualTo("520523001");

        Path file = Files.createTempFile("audit-chain", ".tsv");
        Files.writeString(file, export, StandardCharsets.UTF_8);
        Path source = Path.of("../infra/src/main/java/org/renewalledger/infra/audit/AuditChain.java").toAbsolutePath().normalize();
        Process verifier = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), "verify", file.toString()).redirectErrorStream(true).start();
        assertThat(verifier.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verifier.exitValue()).as(output).isZero();
        assertThat(output).startsWith("INTACT");

        // the timeline shows the acceptance's evidence and its late date
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[?(@.summary =~ /COMPLETION_ACCEPTED.*/)].attachments[0]").isEqualTo(hash)
                .jsonPath("$.entries[?(@.summary =~ /COMPLETION_ACCEPTED.*/)].backdated").isEqualTo(true));
    }

    @Test
    void shouldRefuseAFileThatIsNoPhotoOrPdfByItsBytes_whateverItsName() {
        String office = tokenFor("street-office");
        LifecycleSteps.upload(http, office, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "photo.jpg")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_TYPE_REFUSED");
        LifecycleSteps.upload(http, office, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "scan.pdf")
                .expectStatus().is2xxSuccessful()
                .expectBody().jsonPath("$.type").isEqualTo("PDF").jsonPath("$.thumbnailHref").isEmpty();
    }

    /** Events not sealed yet, by the server's verification. */
    private long unsealed(String auditor) {
        String report = http.get().uri("/api/audit/chain/verification").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        try {
            return json.readTree(report).path("unsealed").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The decoded payload of the export's row of {@code aggregate} whose payload type ends with {@code type} and holds {@code marker}. */
    private JsonNode payloadOf(String export, String aggregate, String type, String marker) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (String line : export.split("\n")) {
            String[] columns = line.split("\t");
            if (line.startsWith("#") || columns.length < 11 || !columns[3].equals(aggregate) || !columns[7].endsWith(type)) {
                continue;
            }
            String payload = new String(Base64.getDecoder().decode(columns[9]), StandardCharsets.UTF_8);
            if (payload.contains(marker)) {
                found.add(json.readTree(payload));
            }
        }
        assertThat(found).as("%s of %s in the export", type, aggregate).hasSize(1);
        return found.get(0);
    }
}

package org.renewalledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;

/**
 * A project's audit dossier rendered as PDF and read back with PDFBox's text extraction: every entry of the JSON
 * timeline with its actor, time, policy version, and its event's chain position and content hash as sealed, the
 * chain head as anchor and the offline verification command; Chinese text extracts as Chinese.
 */
class DossierExportIT extends IntegrationTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldListEveryTimelineEntryWithItsChainPositionAndTheVerificationCommand() throws Exception {
        String office = tokenFor("street-office");
        String auditor = tokenFor("auditor");
        String id = newCompoundId();
        register(office, smallRegistration(id, "卷宗小区" + id.substring(10), 1994, 3, "240.00")).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        project.wishesSurvey(office).expectStatus().isOk();
        bindCommittee(office, id);
        project.selfGovernance(tokenFor("owners-committee")).expectStatus().isOk();
        eventually(() -> assertThat(timeline(auditor, id).path("entries").size()).isGreaterThanOrEqualTo(3));
        // the sealer trails the store by moments
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM event_seal WHERE aggregate_identifier = ?",
                Long.class, id)).isEqualTo(eventsInStream(id)));
        JsonNode entries = timeline(auditor, id).path("entries");

        byte[] pdf = http.get().uri("/api/compounds/{id}/dossier.pdf", id).headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(pdf).isNotNull();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        // cells wrap; what a cell holds stays together once the line breaks are gone
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("项目审计卷宗").contains("小区" + id).contains("链位置").contains("政策版本");

        int previous = -1;
        for (JsonNode entry : entries) {
            long sequence = entry.path("sequence").asLong();
            Map<String, Object> seal = jdbc.queryForMap("SELECT chain_position, content_hash FROM event_seal "
                    + "WHERE aggregate_identifier = ? AND sequence_number = ?", id, sequence);
            String hash = HexFormat.of().formatHex((byte[]) seal.get("content_hash"));
            String row = sequence + cell(entry, "event") + cell(entry, "summary")
                    + TIME.format(Instant.parse(entry.path("occurredAt").asText())).replace(" ", "")
                    + cell(entry, "actorId") + cell(entry, "actorRole") + cell(entry, "policyVersion")
                    + seal.get("chain_position") + hash;
            int at = flat.indexOf(row);
            assertThat(at).as("the dossier's row of entry %s: %s in %s", sequence, row, flat).isGreaterThan(previous);
            previous = at;
        }

        Map<String, Object> head = jdbc.queryForMap("SELECT chain_position, chain_hash FROM event_seal ORDER BY chain_position DESC LIMIT 1");
        String anchor = flat.replaceAll("(?s).*--anchor(\\d+):([0-9a-f]{64}).*", "$1:$2");
        assertThat(anchor).matches("\\d+:[0-9a-f]{64}");
        assertThat(Long.parseLong(anchor.substring(0, anchor.indexOf(':')))).isLessThanOrEqualTo((Long) head.get("chain_position"));
        assertThat(flat).contains("javainfra/src/main/java/org/renewalledger/infra/audit/AuditChain.javaverifyaudit-chain.tsv--anchor" + anchor);
        assertThat(flat).contains("/api/audit/chain/export");

        // read as the timeline is: another street office is refused
        http.get().uri("/api/compounds/{id}/dossier.pdf", id).headers(h -> h.setBearerAuth(tokenFor("street-office-2")))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/compounds/{id}/dossier.pdf", newCompoundId()).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("COMPOUND_NOT_FOUND");
    }

    /** A cell as the dossier prints it: a dash where the timeline has nothing. */
    private static String cell(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? "—" : value.asText().replaceAll("\\s+", "");
    }

    private JsonNode timeline(String token, String id) {
        return readJson(token, "/api/compounds/{id}/timeline", id);
    }
}

package org.renewalledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.compound.OwnerVoteView;
import org.springframework.http.MediaType;

/**
 * Crypto-shredding (docs/SECURITY.md): an owner's name, phone and ID number are sealed under their own key;
 * erasing the key erases them from every read model and every API answer, while the consent tally, the
 * money and the audit chain stay exactly as they were, and no stored event changes.
 */
class CryptoShreddingIT extends IntegrationTest {

    private static final String NAME = "李秀兰";
    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "52052319650101123X";
    private static final String OTHER_NAME = "张卫东";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldForgetAnErasedOwnerEverywhereWhileTalliesMoneyAndTheChainStayIntact() {
        String streetOffice = tokenFor("street-office");
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String admin = tokenFor("administrator");
        String compound = newCompoundId();
        String project = compound + "-2026";
        register(streetOffice, registration(compound, "隐私小区", 1994)).expectStatus().isCreated();
        post(streetOffice, "/api/compounds/" + compound + "/roster", Map.of("units", List.of(
                org.renewalledger.infra.compound.LifecycleSteps.unit("1-1-101", "90.00"),
                org.renewalledger.infra.compound.LifecycleSteps.unit("1-1-102", "80.00"),
                org.renewalledger.infra.compound.LifecycleSteps.unit("1-1-103", "70.00"))));
        vote(streetOffice, compound, Map.of("owner", "1-1-101", "exclusiveArea", "90.00", "choice", "AGREE",
                "channel", "PAPER_FORM", "ownerName", NAME, "phone", PHONE, "idNumber", ID_NUMBER));
        vote(streetOffice, compound, Map.of("owner", "1-1-102", "exclusiveArea", "80.00", "choice", "DISAGREE",
                "channel", "PAPER_FORM", "ownerName", OTHER_NAME, "phone", "13900001111"));
        vote(streetOffice, compound, Map.of("owner", "1-1-103", "exclusiveArea", "70.00", "choice", "AGREE",
                "channel", "IN_PERSON"));
        post(finance, "/api/projects/" + project + "/funding/allocations", Map.of("jurisdictionCode", "520523",
                "source", "CENTRAL_SUBSIDY", "amount", "1000000.00", "idempotencyKey", "XD-" + compound));

        String votesUri = "/api/compounds/" + compound + "/consent/APPLICATION/votes?purpose=verify-votes";
        eventually(() -> assertThat(get(streetOffice, votesUri).path("votes")).hasSize(3));
        JsonNode before = get(streetOffice, votesUri).path("votes");
        assertThat(before.get(0).path("name").asText()).isEqualTo(NAME);
        assertThat(before.get(0).path("phone").asText()).isEqualTo("138****5678");
        assertThat(before.get(0).path("idNumber").asText()).isEqualTo("520523********123X");
        assertThat(before.get(1).path("name").asText()).isEqualTo(OTHER_NAME);
        assertThat(before.get(2).path("name").isNull()).isTrue();
        assertThat(storedInClear(NAME)).as("tables holding the name in clear before erasure").isEmpty();

        String tally = getText(auditor, "/api/compounds/" + compound + "/consent/APPLICATION");
        eventually(() -> assertThat(getText(auditor, "/api/projects/" + project + "/funding")).isNotEmpty());
        String money = getText(auditor, "/api/projects/" + project + "/funding");
        String consentEvents = consentPayloads(compound);
        eventually(() -> assertThat(verification(auditor).path("intact").asBoolean()).isTrue());

        // only an administrator may erase; the erasure is itself an event, with no personal data in it
        http.post().uri("/api/admin/compounds/{c}/owners/1-1-101/erasure", compound)
                .headers(h -> h.setBearerAuth(streetOffice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("request", "PIPL-2026-001")).exchange().expectStatus().isForbidden();
        long events = eventsInStream(compound);
        http.post().uri("/api/admin/compounds/{c}/owners/1-1-101/erasure", compound)
                .headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("request", "PIPL-2026-001")).exchange().expectStatus().isOk();
        assertThat(eventsInStream(compound)).isEqualTo(events + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM privacy_vault.subject_key WHERE subject = ?", Long.class,
                compound + "/1-1-101")).as("the erased owner's key").isZero();

        eventually(() -> assertThat(get(streetOffice, votesUri).path("votes").get(0).path("erased").asBoolean()).isTrue());
        JsonNode after = get(streetOffice, votesUri).path("votes");
        assertThat(after.get(0).path("name").asText()).isEqualTo(OwnerVoteView.ERASED);
        assertThat(after.get(0).path("phone").asText()).isEqualTo(OwnerVoteView.ERASED);
        assertThat(after.get(0).path("idNumber").asText()).isEqualTo(OwnerVoteView.ERASED);
        assertThat(after.get(0).path("choice").asText()).isEqualTo("AGREE");
        assertThat(after.get(1).path("name").asText()).as("another owner is not touched").isEqualTo(OTHER_NAME);

        // every API answer about the compound and its project, to every reader: the name is gone
        for (String reader : List.of(streetOffice, auditor, admin, tokenFor("housing-bureau"), tokenFor("discipline-office"))) {
            for (String uri : List.of(votesUri, "/api/compounds/" + compound, "/api/compounds/" + compound + "/timeline",
                    "/api/compounds/" + compound + "/consent/APPLICATION", "/api/projects/" + project + "/funding",
                    "/api/projects/" + project + "/funding/ledger", "/api/projects?within=520523001&size=200",
                    "/api/compounds?streetOffice=520523001&size=200", "/api/compounds/search?q=" + NAME,
                    "/api/complaints/search?q=" + NAME)) {
                String answer = http.get().uri(uri).headers(h -> h.setBearerAuth(reader)).exchange()
                        .expectBody(String.class).returnResult().getResponseBody();
                assertThat(answer).as(uri).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(ID_NUMBER);
            }
        }
        assertThat(storedInClear(NAME)).as("tables holding the name in clear after erasure").isEmpty();

        // tallies, money and the audit chain are unchanged; the stored events are byte for byte the same
        assertThat(getText(auditor, "/api/compounds/" + compound + "/consent/APPLICATION")).isEqualTo(tally);
        assertThat(getText(auditor, "/api/projects/" + project + "/funding")).isEqualTo(money);
        assertThat(consentPayloads(compound)).isEqualTo(consentEvents);
        eventually(() -> {
            JsonNode report = verification(auditor);
            assertThat(report.path("intact").asBoolean()).isTrue();
            assertThat(report.path("unsealed").asLong()).isZero();
        });
    }

    /** "table.column" of every text column in the database holding the text in clear (events' JSON included). */
    private List<String> storedInClear(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_schema, table_name, column_name, data_type "
                + "FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                + "AND data_type IN ('text', 'character varying', 'bytea', 'jsonb', 'json')");
        return columns.stream().filter(column -> {
            String ref = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String col = "\"" + column.get("column_name") + "\"";
            String expression = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') in " + col + ") > 0" : col + "::text LIKE '%' || ? || '%'";
            return jdbc.queryForObject("SELECT count(*) FROM " + ref + " WHERE " + expression, Long.class, text) > 0;
        }).map(column -> column.get("table_name") + "." + column.get("column_name")).toList();
    }

    private String consentPayloads(String compound) {
        return String.join("\n", jdbc.queryForList("SELECT encode(payload, 'hex') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%ConsentRecordedEvent' ORDER BY sequencenumber",
                String.class, compound));
    }

    private void vote(String token, String compound, Map<String, Object> body) {
        post(token, "/api/compounds/" + compound + "/consent/APPLICATION", body);
    }

    private void post(String token, String uri, Map<String, Object> body) {
        http.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().is2xxSuccessful();
    }

    private JsonNode verification(String token) {
        return get(token, "/api/audit/chain/verification");
    }

    private JsonNode get(String token, String uri) {
        try {
            return json.readTree(getText(token, uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String getText(String token, String uri) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}

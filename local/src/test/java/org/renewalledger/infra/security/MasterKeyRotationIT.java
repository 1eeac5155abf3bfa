package org.renewalledger.infra.security;

import org.renewalledger.infra.compound.LifecycleSteps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.privacy.MasterKeys;
import org.renewalledger.infra.privacy.PersonalDataVault;
import org.renewalledger.kernel.compound.OwnerVoteView;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.springframework.http.MediaType;

/**
 * Master key rotation (docs/SECURITY.md): subject keys wrapped under a previous master key, and keys wrapped before
 * key ids existed, stay readable; the rotation re-wraps every one of them under the current master key without
 * changing a stored event; erasure still forgets a person after the rotation, and a second rotation does not bring
 * the erased key back.
 */
class MasterKeyRotationIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRewrapEveryKeyUnderTheCurrentMasterKeyAndStillEraseAfterwards() throws Exception {
        String streetOffice = tokenFor("street-office");
        String admin = tokenFor("administrator");
        String compound = newCompoundId();
        register(streetOffice, registration(compound, "轮换小区", 1993)).expectStatus().isCreated();
        new LifecycleSteps(http, compound).roster(streetOffice, List.of(LifecycleSteps.unit("1-1-101", "90.00"),
                LifecycleSteps.unit("1-1-102", "80.00"), LifecycleSteps.unit("1-1-103", "70.00"))).expectStatus().isOk();

        // keys made by the service under the previous master key: one with its id, one from before key ids
        byte[] previous = Base64.getDecoder().decode(PREVIOUS_MASTER_KEY);
        PersonalDataVault earlier = new PersonalDataVault(jdbc, previous, Clock.systemUTC());
        earlier.seal(new DataSubject(compound + "/1-1-101"), new ResidentDetails("旧", null, null));
        earlier.seal(new DataSubject(compound + "/1-1-103"), new ResidentDetails("旧", null, null));
        jdbc.update("UPDATE privacy_vault.subject_key SET master_key_id = NULL WHERE subject = ?", compound + "/1-1-103");

        vote(streetOffice, compound, Map.of("owner", "1-1-101", "exclusiveArea", "90.00", "choice", "AGREE",
                "channel", "PAPER_FORM", "ownerName", "王建国", "phone", "13812345678"));
        vote(streetOffice, compound, Map.of("owner", "1-1-102", "exclusiveArea", "80.00", "choice", "AGREE",
                "channel", "PAPER_FORM", "ownerName", "刘芳"));
        vote(streetOffice, compound, Map.of("owner", "1-1-103", "exclusiveArea", "70.00", "choice", "DISAGREE",
                "channel", "PAPER_FORM", "ownerName", "陈明"));
        String votesUri = "/api/compounds/" + compound + "/consent/APPLICATION/votes?purpose=verify-votes";
        eventually(() -> assertThat(names(streetOffice, votesUri)).containsExactly("王建国", "刘芳", "陈明"));

        JsonNode before = status(admin);
        String current = before.path("currentMasterKeyId").asText();
        assertThat(current).isNotEqualTo(MasterKeys.idOf(previous));
        assertThat(before.path("keysByMasterKey").path(MasterKeys.idOf(previous)).asLong()).isPositive();
        assertThat(before.path("keysByMasterKey").path("unversioned").asLong()).isPositive();
        assertThat(keyIds(compound)).containsExactly(MasterKeys.idOf(previous), current, "unversioned");
        String events = consentPayloads(compound);
        long stored = eventsInStream(compound);

        // only an administrator rotates
        http.post().uri("/api/admin/privacy/master-key/rotation").headers(h -> h.setBearerAuth(streetOffice))
                .exchange().expectStatus().isForbidden();
        JsonNode rotated = rotate(admin);
        assertThat(rotated.path("rewrapped").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(rotated.path("keysByMasterKey").size()).as("master keys in use after the rotation").isEqualTo(1);
        assertThat(rotated.path("keysByMasterKey").path(current).asLong()).isPositive();
        assertThat(keyIds(compound)).containsExactly(current, current, current);
        assertThat(consentPayloads(compound)).as("stored events").isEqualTo(events);
        assertThat(eventsInStream(compound)).as("no event is written by a rotation").isEqualTo(stored);
        assertThat(names(streetOffice, votesUri)).containsExactly("王建国", "刘芳", "陈明");

        // erasure after the rotation forgets the person, and another rotation does not bring the key back
        http.post().uri("/api/admin/compounds/{c}/owners/1-1-101/erasure", compound)
                .headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("request", "PIPL-2026-ROT")).exchange().expectStatus().isOk();
        eventually(() -> assertThat(names(streetOffice, votesUri)).containsExactly(OwnerVoteView.ERASED, "刘芳", "陈明"));
        assertThat(rotate(admin).path("rewrapped").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM privacy_vault.subject_key WHERE subject = ?", Long.class,
                compound + "/1-1-101")).as("the erased owner's key").isZero();
        assertThat(names(streetOffice, votesUri)).containsExactly(OwnerVoteView.ERASED, "刘芳", "陈明");
        assertThat(consentPayloads(compound)).as("stored consent events").isEqualTo(events);
    }

    private List<String> keyIds(String compound) {
        return jdbc.queryForList("SELECT coalesce(master_key_id, 'unversioned') FROM privacy_vault.subject_key "
                + "WHERE subject LIKE ? ORDER BY subject", String.class, compound + "/%");
    }

    private List<String> names(String token, String uri) {
        JsonNode votes = readTree(http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).path("votes");
        return java.util.stream.StreamSupport.stream(votes.spliterator(), false)
                .map(vote -> vote.path("name").asText()).toList();
    }

    private JsonNode status(String token) throws Exception {
        return json.readTree(http.get().uri("/api/admin/privacy/master-key").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode rotate(String token) throws Exception {
        return json.readTree(http.post().uri("/api/admin/privacy/master-key/rotation").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String consentPayloads(String compound) {
        return String.join("\n", jdbc.queryForList("SELECT encode(payload, 'hex') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%ConsentRecordedEvent' ORDER BY sequencenumber",
                String.class, compound));
    }

    private void vote(String token, String compound, Map<String, Object> body) {
        http.post().uri("/api/compounds/" + compound + "/consent/APPLICATION").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().is2xxSuccessful();
    }
}

package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.ops.ProjectionStatus;

/**
 * A read model is derived data: replaying every event from the store into an emptied table must give
 * exactly the rows that incremental processing gave.
 */
class CompoundProjectionRebuildIT extends IntegrationTest {

    private static final String SNAPSHOT = "SELECT * FROM compound_view ORDER BY compound_id";

    @Test
    void shouldRebuildTheCompoundRegisterFromTheEventStoreToTheSameRows() {
        String streetOffice = tokenFor("street-office");
        String bureau = tokenFor("housing-bureau");
        for (int i = 0; i < 20; i++) {
            register(streetOffice, registration(newCompoundId(), "团结小区" + i + "号院", 1980 + i)).expectStatus().isCreated();
        }
        for (int i = 0; i < 5; i++) {
            String id = "520523002-" + newCompoundId().substring(10);
            register(bureau, registration(id, "西洛小区" + i, 1990)).expectStatus().isCreated();
        }
        String admin = tokenFor("administrator");
        eventually(() -> assertThat(status(admin)).satisfies(IntegrationAssertions::current));
        List<Map<String, Object>> incremental = jdbc.queryForList(SNAPSHOT);
        assertThat(incremental).hasSizeGreaterThanOrEqualTo(25);

        http.post().uri("/api/admin/projections/compound-view/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();

        // The replay is asynchronous (202): the processor may still report its old, current position, so the rows
        // themselves are polled until the rebuild has reached them.
        eventually(() -> assertThat(jdbc.queryForList(SNAPSHOT)).isEqualTo(incremental));
    }

    @Test
    void shouldLetOnlyAdministratorsReplay() {
        http.post().uri("/api/admin/projections/compound-view/replay")
                .headers(h -> h.setBearerAuth(tokenFor("housing-bureau"))).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
    }

    @Test
    void shouldAnswer404ForAnUnknownProjection() {
        http.post().uri("/api/admin/projections/no-such-projection/replay")
                .headers(h -> h.setBearerAuth(tokenFor("administrator"))).exchange()
                .expectStatus().isNotFound();
    }

    private ProjectionStatus status(String adminToken) {
        return http.get().uri("/api/admin/projections/compound-view").headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk()
                .expectBody(ProjectionStatus.class).returnResult().getResponseBody();
    }
}

package org.renewalledger.infra.compound;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;

/** An elevator count for one stairwell unit over HTTP: the shaft owner's refusal fails it, and it stays closed. */
class ElevatorConsentIT extends IntegrationTest {

    @Test
    void shouldFailTheUnitsCount_whenTheShaftOwnerDisagrees_andRefuseVotesOnceClosed() {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        register(office, registration(id, "电梯小区" + id.substring(10), 1994)).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        // The stairwell's electorate is the roster's units in it: 3-2-101 … 3-2-401 of 90 m²; 3-1-101 is next door.
        project.roster(office, List.of(LifecycleSteps.unit("3-1-101", "90.00"), LifecycleSteps.unit("3-2-101", "90.00"),
                LifecycleSteps.unit("3-2-201", "90.00"), LifecycleSteps.unit("3-2-301", "90.00"),
                LifecycleSteps.unit("3-2-401", "90.00"))).expectStatus().isOk();
        project.post(office, "elevators/3-2", Map.of("households", 5, "exclusiveArea", "450.00",
                        "shaftOwners", List.of("3-2-101")))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("ELECTORATE_DISAGREES_WITH_ROSTER");
        project.post(office, "elevators/3-2", Map.of("households", 4, "exclusiveArea", "360.00",
                "shaftOwners", List.of("3-2-101"))).expectStatus().isOk();
        project.post(office, "elevators/3-2/consent", Map.of("owner", "3-1-101", "choice", "AGREE", "channel", "IN_PERSON"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("OWNER_NOT_ON_ROSTER");
        for (String owner : List.of("3-2-101", "3-2-201", "3-2-301", "3-2-401")) {
            project.post(office, "elevators/3-2/consent", Map.of("owner", owner, "exclusiveArea", "90.00",
                    "choice", owner.equals("3-2-101") ? "DISAGREE" : "AGREE", "channel", "IN_PERSON")).expectStatus().isOk();
        }
        project.post(office, "elevators/3-2/close", Map.of()).expectStatus().isOk();

        project.post(office, "elevators/3-2/consent", Map.of("owner", "3-2-101", "exclusiveArea", "90.00",
                        "choice", "AGREE", "channel", "IN_PERSON"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("CONSENT_COUNT_CLOSED");
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(office)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[?(@.event == 'ElevatorConsentClosed')].summary")
                .isEqualTo("Elevator count of unit 3-2 closed: 3 of 4 voting owners agree, not passed; "
                        + "shaft owners not agreeing [3-2-101]"));
    }
}

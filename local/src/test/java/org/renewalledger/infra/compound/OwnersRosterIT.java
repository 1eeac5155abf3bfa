package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;
import org.springframework.http.HttpStatus;

/**
 * The owners' roster is the electorate, over HTTP on the real servers (issue 17): a compound of 10 households and
 * 900 m² no longer takes 14 invented owners claiming 500 m² each, vote by vote, and its count cannot pass on them;
 * a roster of 600 units imported, then 600 votes, gives exactly the tally the roster implies under Art. 8 and 9.
 */
class OwnersRosterIT extends IntegrationTest {

    @Test
    void shouldRefuseFourteenPhantomOwners_voteByVote_soTheCountCannotPass() {
        String office = tokenFor("street-office");
        String committee = tokenFor("owners-committee");
        String id = newCompoundId();
        Map<String, Object> small = new HashMap<>(registration(id, "十户" + id.substring(10), 1993));
        small.put("households", 10);
        small.put("floorArea", "900.00");
        register(office, small).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.wishesSurvey(office).expectStatus().isOk();

        // Before the roster: no count can open.
        problem(project.vote(office, "APPLICATION", "9-1", "500.00", "AGREE"), "ROSTER_REQUIRED");

        // The registry's 10 units of 81.00 m² (810 m² exclusive area: the floor area's 900 m² includes common parts).
        project.roster(office, LifecycleSteps.units("1-1-", 1, 10, "81.00")).expectStatus().isOk();
        for (int phantom = 1; phantom <= 14; phantom++) {
            problem(project.vote(office, "APPLICATION", "9-" + phantom, "500.00", "AGREE"), "OWNER_NOT_ON_ROSTER");
        }
        // A real unit claiming an invented area is refused too, and so is a sheet carrying one phantom.
        problem(project.vote(office, "APPLICATION", "1-1-1", "500.00", "AGREE"), "AREA_DISAGREES_WITH_ROSTER");
        problem(project.post(office, "consent/APPLICATION/import", Map.of("votes", List.of(
                Map.of("unit", "1-1-2", "choice", "AGREE", "channel", "PAPER_FORM"),
                Map.of("owner", "9-15", "exclusiveArea", "500.00", "choice", "AGREE", "channel", "PAPER_FORM")))),
                "OWNER_NOT_ON_ROSTER");

        project.closeCount(office, "APPLICATION").expectStatus().isOk();
        eventually(() -> http.get().uri("/api/compounds/{id}/consent/APPLICATION", id).headers(h -> h.setBearerAuth(office))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.eligibleOwners").isEqualTo(10)
                .jsonPath("$.eligibleArea").isEqualTo(810.0)
                .jsonPath("$.agreeOwners").isEqualTo(0)
                .jsonPath("$.votesCast").isEqualTo(0)
                .jsonPath("$.electorateBasis").isEqualTo("OWNERS_ROSTER")
                .jsonPath("$.passed").isEqualTo(false));
        problem(project.application(committee), "CONSENT_THRESHOLD_NOT_MET");
    }

    @Test
    void shouldTallySixHundredVotesAsTheRosterOfSixHundredUnitsImplies() {
        String office = tokenFor("street-office");
        String auditor = tokenFor("auditor");
        String id = newCompoundId();
        register(office, registration(id, "六百户" + id.substring(10), 1994)).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);

        // 600 units: 20 the developer still holds, one buyer with three units, co-owned units, areas from all bases.
        List<RosterUnit> roster = new ArrayList<>();
        List<Map<String, Object>> sheet = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            String code = (1 + (i - 1) / 100) + "-" + (1 + ((i - 1) / 20) % 5) + "-" + (100 + i);
            String area = new BigDecimal(60 + (i % 7) * 11).add(new BigDecimal(i % 4).movePointLeft(1)).toPlainString();
            boolean developer = i > 580;
            List<String> owners = developer ? List.of("dev-guizhou") : i <= 3 ? List.of("p-wang-multi")
                    : i % 10 == 0 ? List.of("p-" + i + "a", "p-" + i + "b") : List.of("p-" + i);
            AreaBasis basis = AreaBasis.values()[i % 3];
            roster.add(new RosterUnit(UnitCode.of(code), Area.ofSquareMetres(area), basis,
                    owners.stream().map(OwnerReference::of).toList(), developer));
            sheet.add(Map.of("unit", code, "exclusiveArea", area, "areaBasis", basis.name(), "owners", owners,
                    "developerHeld", developer));
        }
        project.roster(office, sheet).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();

        // 600 votes, one per unit (100 one by one, 500 as one survey sheet): units 1–400 agree, 401–500 disagree,
        // 501–600 abstain. A voter's latest vote counts: the three-unit buyer last voted (unit 3) to agree.
        Electorate electorate = Electorate.of(roster);
        Map<String, String> latestChoice = new HashMap<>();
        List<Map<String, Object>> votes = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            String choice = i <= 400 ? "AGREE" : i <= 500 ? "DISAGREE" : "ABSTAIN";
            RosterUnit unit = roster.get(i - 1);
            latestChoice.put(Electorate.voterOf(unit), choice);
            if (i <= 100) {
                project.post(office, "consent/APPLICATION", Map.of("unit", unit.unit().value(), "choice", choice,
                        "channel", "IN_PERSON")).expectStatus().isOk();
            } else {
                votes.add(Map.of("unit", unit.unit().value(), "exclusiveArea", unit.exclusiveArea().squareMetres().toPlainString(),
                        "choice", choice, "channel", "PAPER_FORM"));
            }
        }
        project.post(office, "consent/APPLICATION/import", Map.of("votes", votes)).expectStatus().isOk();
        project.closeCount(office, "APPLICATION").expectStatus().isOk();

        long agree = latestChoice.values().stream().filter("AGREE"::equals).count();
        long disagree = latestChoice.values().stream().filter("DISAGREE"::equals).count();
        long abstain = latestChoice.values().stream().filter("ABSTAIN"::equals).count();
        BigDecimal agreeArea = area(electorate, latestChoice, "AGREE");
        assertThat(electorate.units()).isEqualTo(600);
        // 580 sold units less the buyer's extra two (co-owned pairs count as one each), plus the developer as one.
        assertThat(electorate.headcount()).isEqualTo(579);
        assertThat(agree + disagree + abstain).isEqualTo(electorate.headcount());

        eventually(() -> http.get().uri("/api/compounds/{id}/consent/APPLICATION", id).headers(h -> h.setBearerAuth(office))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.eligibleOwners").isEqualTo(579)
                .jsonPath("$.eligibleArea").isEqualTo(electorate.totalArea().squareMetres().doubleValue())
                .jsonPath("$.agreeOwners").isEqualTo((int) agree)
                .jsonPath("$.agreeArea").isEqualTo(agreeArea.doubleValue())
                .jsonPath("$.disagreeOwners").isEqualTo((int) disagree)
                .jsonPath("$.disagreeArea").isEqualTo(area(electorate, latestChoice, "DISAGREE").doubleValue())
                .jsonPath("$.abstainOwners").isEqualTo((int) abstain)
                .jsonPath("$.votesCast").isEqualTo(600)
                .jsonPath("$.electorateBasis").isEqualTo("OWNERS_ROSTER"));

        // The auditor's one call: the electorate behind the closed count, unit by unit, with the vote that counts.
        http.get().uri("/api/compounds/{id}/consent/APPLICATION/electorate", id).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.electorateBasis").isEqualTo("OWNERS_ROSTER")
                .jsonPath("$.units").isEqualTo(600)
                .jsonPath("$.headcount").isEqualTo(579)
                .jsonPath("$.electorate.length()").isEqualTo(600)
                .jsonPath("$.electorate[?(@.unit == '1-1-101')].countsAs").isEqualTo("p-wang-multi")
                .jsonPath("$.electorate[?(@.unit == '6-5-700')].countsAs").isEqualTo(Electorate.DEVELOPER)
                .jsonPath("$.electorate[?(@.unit == '6-5-700')].choice").isEqualTo("ABSTAIN");
        byte[] csv = http.get().uri("/api/compounds/{id}/consent/APPLICATION/tally-sheet.csv", id)
                .headers(h -> h.setBearerAuth(office)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        String sheetText = new String(csv, StandardCharsets.UTF_8);
        assertThat(sheetText.lines().filter(line -> line.matches("^[0-9]+-[0-9]+-[0-9]+,.*"))).hasSize(600);
        assertThat(sheetText).contains("业主人数 headcount,579");
        http.get().uri("/api/compounds/{id}/consent/APPLICATION/not-voted", id).headers(h -> h.setBearerAuth(office))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.units.length()").isEqualTo(0);
        http.get().uri("/api/compounds/{id}/roster", id).headers(h -> h.setBearerAuth(office))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.units").isEqualTo(600).jsonPath("$.headcount").isEqualTo(579);
        // The sheet is one event naming all 600 units: one step on the compound's timeline.
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(office)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[?(@.event == 'OwnersRosterImported')].summary").value(summary ->
                        assertThat(summary.toString()).contains("sheet of 600 units")));
    }

    @Test
    void shouldListTheUnitsNotYetCanvassed_andStateATransferDuringTheCount() {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        register(office, registration(id, "走访" + id.substring(10), 1996)).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.roster(office, LifecycleSteps.units("5-1-", 1, 6, "70.00")).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();
        project.post(office, "consent/APPLICATION/open", Map.of()).expectStatus().isOk();
        project.post(office, "consent/APPLICATION", Map.of("unit", "5-1-1", "choice", "AGREE", "channel", "PROXY",
                "proxy", "p-5-1-1-son", "proxyEvidence", "WTS-2025-001")).expectStatus().isOk();
        project.post(office, "roster/units/5-1-2/transfer", Map.of("newOwners", List.of("p-heir"), "reason", "INHERITANCE",
                "evidence", "GZ-2025-77", "transferredOn", "2025-07-01", "backdatingReason", LifecycleSteps.LATE))
                .expectStatus().isOk();
        // The heir is not on the electorate frozen at opening; the unit still votes as its owner then.
        problem(project.post(office, "consent/APPLICATION", Map.of("unit", "5-1-2", "owner", "p-heir", "choice", "AGREE",
                "channel", "PAPER_FORM")), "OWNER_NOT_ON_ROSTER");
        eventually(() -> http.get().uri("/api/compounds/{id}/consent/APPLICATION/not-voted", id)
                .headers(h -> h.setBearerAuth(office)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.round").isEqualTo(1)
                .jsonPath("$.units.length()").isEqualTo(5)
                .jsonPath("$.units[0].unit").isEqualTo("5-1-2"));
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(office)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[?(@.event == 'UnitTransferred')].summary").value(summary ->
                        assertThat(summary.toString()).contains("APPLICATION round 1").contains("frozen")));
    }

    private static BigDecimal area(Electorate electorate, Map<String, String> choices, String choice) {
        long cm2 = choices.entrySet().stream().filter(entry -> entry.getValue().equals(choice))
                .mapToLong(entry -> electorate.areaOf(entry.getKey()).squareCentimetres()).sum();
        BigDecimal exact = BigDecimal.valueOf(cm2, 4).stripTrailingZeros();
        return exact.scale() <= 2 ? exact.setScale(2) : exact;
    }

    private static void problem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response, String code) {
        response.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }
}

package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A compound stored by an earlier build, whose open count kept its votes in the compound's own stream: over HTTP, the
 * next vote moves the count to its own stream carrying those votes, the live tally counts them with the new one, a
 * carried voter can still change their vote (the read model takes the count's own numbering from the move on), and
 * the count closes on all of them.
 */
class LegacyConsentStreamIT extends IntegrationTest {

    private static final Instant AT = Instant.parse("2025-09-01T02:00:00Z");

    @Autowired
    private EventStore eventStore;

    @Test
    void shouldCarryAnOpenCountsVotesFromTheCompoundsStream_intoItsOwnStream() {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        CompoundId compound = CompoundId.of(id);
        List<Object> history = new java.util.ArrayList<>(List.of(new CompoundRegisteredEvent(compound, "旧版小区", JurisdictionCode.of("520523"),
                JurisdictionCode.of("520523001"), "鼓场街道", 1992, 1, 3, Area.ofSquareMetres("360"), "built before 2000")));
        for (String unit : List.of("1-1-1", "1-1-2", "1-1-3")) {
            history.add(new RosterUnitRecordedEvent(compound, new RosterUnit(UnitCode.of(unit), Area.ofSquareMetres("100"),
                    AreaBasis.REGISTER, List.of(OwnerReference.of("p-" + unit)), false), List.of()));
        }
        history.add(new WishesSurveyRecordedEvent(compound, 3, 3, LocalDate.of(2025, 6, 3)));
        history.add(new ConsentCountOpenedEvent(compound, ConsentMatter.APPLICATION, 1, 3, 3, Area.ofSquareMetres("300"),
                AT, 0, 0));
        for (String unit : List.of("1-1-1", "1-1-2")) {
            history.add(new ConsentRecordedEvent(compound, ConsentMatter.APPLICATION, OwnerReference.of(unit),
                    Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, AT, false, null,
                    UnitCode.of(unit), "p-" + unit, null));
        }
        MetaData actor = MetaData.from(new Actor("earlier-build", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData());
        for (int sequence = 0; sequence < history.size(); sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Compound", id, sequence, history.get(sequence), actor));
        }
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM consent_vote WHERE compound_id = ?", Long.class, id)).isEqualTo(2L));

        LifecycleSteps project = new LifecycleSteps(http, id);
        project.vote(office, "APPLICATION", "1-1-3", "100.00", "AGREE").expectStatus().isOk();
        assertThat(eventsInStream(id + "#APPLICATION")).as("frozen electorate with the carried votes, then the vote")
                .isEqualTo(2);
        eventually(() -> tally(office, id, 3, 0, 3));

        project.vote(office, "APPLICATION", "1-1-1", "100.00", "DISAGREE").expectStatus().isOk();
        eventually(() -> tally(office, id, 2, 1, 4));

        project.closeCount(office, "APPLICATION").expectStatus().isOk();
        Map<String, Object> closed = jdbc.queryForMap("SELECT convert_from(payload, 'UTF8')::jsonb #>> '{tally,agreeOwners}' AS agree, "
                + "convert_from(payload, 'UTF8')::jsonb ->> 'passed' AS passed FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%ConsentCountClosedEvent'", id);
        assertThat(closed).containsEntry("agree", "2").containsEntry("passed", "true");
    }

    private void tally(String token, String id, int agree, int disagree, int votesCast) {
        http.get().uri("/api/compounds/{id}/consent/APPLICATION", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.eligibleOwners").isEqualTo(3)
                .jsonPath("$.agreeOwners").isEqualTo(agree)
                .jsonPath("$.disagreeOwners").isEqualTo(disagree)
                .jsonPath("$.votesCast").isEqualTo(votesCast);
    }
}

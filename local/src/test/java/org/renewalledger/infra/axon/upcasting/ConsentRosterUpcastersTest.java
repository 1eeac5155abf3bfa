package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.renewalledger.kernel.compound.OwnerReference;

/**
 * Events stored before the owners' roster (JSON fixtures of their old shapes) read as the current revisions: votes
 * without unit, voter or proxy, known by their owner reference; closed counts as round 1, decided on the registered
 * floor area, with their tally and verdict untouched — even the 14-phantom count that passed.
 */
class ConsentRosterUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadAVoteOfRevisionTwoAsAVoteBeforeTheRoster() throws IOException {
        ConsentRecordedEvent event = read("/upcasting/consent-recorded-rev2.json", ConsentRecordedRosterUpcaster.PAYLOAD_TYPE,
                "2", "3", new ConsentRecordedRosterUpcaster());
        assertThat(event).isEqualTo(new ConsentRecordedEvent(CompoundId.of("520523001-001"), ConsentMatter.APPLICATION,
                OwnerReference.of("9-14"), Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.ONLINE,
                Instant.parse("2026-11-30T02:00:00Z"), false));
        assertThat(event.unit()).isNull();
        assertThat(event.voter()).isNull();
        assertThat(event.ballotKey()).isEqualTo("9-14");
    }

    @Test
    void shouldReadAVoteOfRevisionOneAsRevisionThree_inEitherOrderOfTheUpcasters() throws IOException {
        ConsentRecordedEvent expected = new ConsentRecordedEvent(CompoundId.of("520523001-001"), ConsentMatter.SCHEME,
                OwnerReference.of("1-1-101"), Area.ofSquareMetres("77.71"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM,
                Instant.parse("2025-10-13T02:00:00Z"), false);
        ConsentRecordedEvent rosterFirst = read("/upcasting/consent-recorded-rev1.json",
                ConsentRecordedRosterUpcaster.PAYLOAD_TYPE, "1", "3", new ConsentRecordedRosterUpcaster(),
                new ConsentRecordedOwnerDetailsUpcaster());
        ConsentRecordedEvent detailsFirst = read("/upcasting/consent-recorded-rev1.json",
                ConsentRecordedRosterUpcaster.PAYLOAD_TYPE, "1", "3", new ConsentRecordedOwnerDetailsUpcaster(),
                new ConsentRecordedRosterUpcaster());
        assertThat(rosterFirst).isEqualTo(expected);
        assertThat(detailsFirst).isEqualTo(expected);
    }

    @Test
    void shouldReadACountClosedBeforeTheRosterAsDecidedOnTheRegisteredFloorArea() throws IOException {
        ConsentCountClosedEvent event = read("/upcasting/consent-count-closed-rev1.json",
                ConsentCountClosedRoundUpcaster.PAYLOAD_TYPE, "1", "2", new ConsentCountClosedRoundUpcaster());
        assertThat(event.round()).isEqualTo(1);
        assertThat(event.electorateBasis()).isEqualTo(ElectorateBasis.REGISTERED_FLOOR_AREA);
        assertThat(event.passed()).as("history is not rewritten").isTrue();
        assertThat(event.tally()).isEqualTo(new ConsentTally(10, Area.ofSquareMetres("900"), 14, Area.ofSquareMetres("7000"),
                0, new Area(0), 0, new Area(0)));
    }

    private <T> T read(String fixture, String type, String revision, String expectedRevision, EventUpcaster... upcasters)
            throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            stored = in.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523001-001", 7, "event-1",
                Instant.parse("2026-11-30T02:00:00Z"), type, revision, stored, "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(upcasters)
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(upcast.get(0).getData());
    }
}

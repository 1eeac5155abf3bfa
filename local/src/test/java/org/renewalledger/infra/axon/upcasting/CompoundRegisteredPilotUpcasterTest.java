package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;

/** An event in the pilot's shape (a JSON fixture, as stored) reads back as today's record. */
class CompoundRegisteredPilotUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadThePilotShapeAsTheCurrentEvent() throws IOException {
        byte[] stored;
        try (InputStream fixture = getClass().getResourceAsStream("/upcasting/compound-registered-rev0.json")) {
            stored = fixture.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523002-017", 0,
                "pilot-event-1", Instant.parse("2021-03-02T02:00:00Z"), CompoundRegisteredPilotUpcaster.PAYLOAD_TYPE, "0",
                stored, "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new CompoundRegisteredPilotUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
        SerializedObject<?> payload = upcast.get(0).getData();
        CompoundRegisteredEvent event = serializer.deserialize(payload);
        assertThat(event).isEqualTo(new CompoundRegisteredEvent(CompoundId.of("520523002-017"), "红旗新村",
                JurisdictionCode.of("520523"), JurisdictionCode.of("520523002"), "西洛街道", 1988, 4, 96,
                Area.ofSquareMetres("7420.35"), CompoundRegisteredPilotUpcaster.UNRECORDED_RULE));
    }

    @Test
    void shouldLeaveCurrentEventsAlone() {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "x-1", 0, "e-2", Instant.EPOCH,
                CompoundRegisteredPilotUpcaster.PAYLOAD_TYPE, "1", "{}".getBytes(), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new CompoundRegisteredPilotUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
    }
}

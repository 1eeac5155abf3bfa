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
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.OwnerReference;

/** A vote stored before personal data could be sealed into it (revision 1, a JSON fixture) reads as revision 2. */
class ConsentRecordedOwnerDetailsUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadRevisionOneAsAVoteWithoutOwnerDetails() throws IOException {
        byte[] stored;
        try (InputStream fixture = getClass().getResourceAsStream("/upcasting/consent-recorded-rev1.json")) {
            stored = fixture.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523001-001", 7, "vote-1",
                Instant.parse("2025-10-13T02:00:00Z"), ConsentRecordedOwnerDetailsUpcaster.PAYLOAD_TYPE, "1", stored,
                "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new ConsentRecordedOwnerDetailsUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        ConsentRecordedEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new ConsentRecordedEvent(CompoundId.of("520523001-001"), ConsentMatter.SCHEME,
                OwnerReference.of("1-1-101"), Area.ofSquareMetres("77.71"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM,
                Instant.parse("2025-10-13T02:00:00Z"), false));
        assertThat(event.ownerDetails()).isNull();
    }
}

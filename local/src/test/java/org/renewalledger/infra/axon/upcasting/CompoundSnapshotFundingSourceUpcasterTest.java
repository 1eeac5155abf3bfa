package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A compound snapshot taken before the aggregate carried a revision (a JSON fixture, as stored), its funding plan in
 * retired source names, reads as revision 1 and loads into today's aggregate.
 */
class CompoundSnapshotFundingSourceUpcasterTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();

    @Test
    void shouldReadAnUnrevisionedSnapshotInTheLedgersSourceNames() throws IOException {
        byte[] stored;
        try (InputStream fixture = getClass().getResourceAsStream("/upcasting/compound-snapshot-unrevisioned.json")) {
            stored = fixture.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523001-001", 2000, "snapshot-1",
                Instant.parse("2025-10-14T02:00:00Z"), CompoundSnapshotFundingSourceUpcaster.SNAPSHOT_TYPE, null, stored,
                "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new CompoundSnapshotFundingSourceUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
        Object compound = serializer.deserialize(upcast.get(0).getData());
        assertThat(compound.getClass().getName()).isEqualTo(CompoundSnapshotFundingSourceUpcaster.SNAPSHOT_TYPE);
        JsonNode funding = mapper.valueToTree(compound).path("funding");
        assertThat(funding.findValuesAsText("source"))
                .containsExactly("CENTRAL_SUBSIDY", "MAINTENANCE_FUND", "ORIGINAL_PROPERTY_OWNER");
        assertThat(funding.get(1).path("amount").path("fen").asLong()).isEqualTo(20000000L);
    }

    @Test
    void shouldLeaveRevisionOneAlone() {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "x-1", 2000, "snapshot-2", Instant.EPOCH,
                CompoundSnapshotFundingSourceUpcaster.SNAPSHOT_TYPE, "1", "{}".getBytes(), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new CompoundSnapshotFundingSourceUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
    }
}

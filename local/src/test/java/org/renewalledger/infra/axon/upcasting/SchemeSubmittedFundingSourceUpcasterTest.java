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
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.compound.RenovationCategory;
import org.renewalledger.kernel.compound.SchemeItem;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.funding.FundingSource;

/** A scheme stored with the funding plan's retired source names (revision 1, a JSON fixture) reads in the ledger's names. */
class SchemeSubmittedFundingSourceUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadRevisionOneWithTheLedgersSourceNames() throws IOException {
        byte[] stored;
        try (InputStream fixture = getClass().getResourceAsStream("/upcasting/scheme-submitted-rev1.json")) {
            stored = fixture.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523001-001", 4, "scheme-1",
                Instant.parse("2025-09-01T02:00:00Z"), SchemeSubmittedFundingSourceUpcaster.PAYLOAD_TYPE, "1", stored,
                "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new SchemeSubmittedFundingSourceUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        SchemeSubmittedEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new SchemeSubmittedEvent(CompoundId.of("520523001-001"),
                List.of(new SchemeItem(RenovationCategory.BASIC, "雨污分流", Money.ofYuan("600000")),
                        new SchemeItem(RenovationCategory.IMPROVEMENT, "外墙保温", Money.ofYuan("400000"))),
                Money.ofYuan("1000000"),
                List.of(new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("500000")),
                        new FundingLine(FundingSource.SPECIAL_BONDS, Money.ofYuan("200000")),
                        new FundingLine(FundingSource.MAINTENANCE_FUND, Money.ofYuan("100000")),
                        new FundingLine(FundingSource.PROVIDENT_FUND, Money.ofYuan("50000")),
                        new FundingLine(FundingSource.ORIGINAL_PROPERTY_OWNER, Money.ofYuan("150000"))),
                "成立业主委员会，选聘物业服务企业"));
    }

    @Test
    void shouldLeaveRevisionTwoAlone() {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "x-1", 4, "scheme-2", Instant.EPOCH,
                SchemeSubmittedFundingSourceUpcaster.PAYLOAD_TYPE, "2", "{}".getBytes(), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new SchemeSubmittedFundingSourceUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
    }
}

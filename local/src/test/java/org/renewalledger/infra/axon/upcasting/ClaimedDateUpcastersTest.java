package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceKind;
import org.renewalledger.kernel.compound.TransferReason;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.review.EvidenceSubmittedEvent;

/**
 * Events stored before the server judged claimed dates and took evidence (JSON fixtures of their old shapes) read as
 * the current revisions: dates on time, not flagged, no reason, no attachments; a policy set before Civil Code
 * Art. 201 became the one rule keeps counting the notice's posting day, so its version means what it decided.
 */
class ClaimedDateUpcastersTest {

    private static final CompoundId ID = CompoundId.of("520523001-001");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadAMilestoneOfRevisionOneAsOnTime_withoutAttachments() throws IOException {
        MilestoneReachedEvent event = read("/upcasting/milestone-reached-rev1.json",
                MilestoneReachedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(event).isEqualTo(new MilestoneReachedEvent(ID, Milestone.COMPLETION_ACCEPTED, CompoundStatus.COMPLETED,
                LocalDate.of(2025, 8, 1), "竣工验收记录", 3, DateClaim.ON_TIME, List.of()));
    }

    @Test
    void shouldReadANoticeOfRevisionOne_keepingTheLastDayItRecorded() throws IOException {
        NoticePublishedEvent event = read("/upcasting/notice-published-rev1.json",
                NoticePublishedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(event).isEqualTo(new NoticePublishedEvent(ID, LocalDate.of(2025, 9, 29), 5, LocalDate.of(2025, 10, 11),
                DateClaim.ON_TIME, List.of()));
    }

    @Test
    void shouldReadProgressAndComplaintsOfRevisionOneAsOnTime() throws IOException {
        ProgressReportedEvent progress = read("/upcasting/progress-reported-rev1.json",
                ProgressReportedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(progress).isEqualTo(new ProgressReportedEvent(ID, 60, LocalDate.of(2026, 5, 1), "管网完成"));
        ComplaintRecordedEvent complaint = read("/upcasting/complaint-recorded-rev1.json",
                ComplaintRecordedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(complaint).isEqualTo(new ComplaintRecordedEvent(ID, JurisdictionCode.of("520523001"), "12345-0001",
                "夜间施工噪音扰民", Instant.parse("2026-05-02T13:00:00Z")));
        assertThat(complaint.dateClaim().flagged()).isFalse();
    }

    @Test
    void shouldReadTheLifecyclesEarlierClaimedDatesOfRevisionOneAsOnTime() throws IOException {
        WishesSurveyRecordedEvent survey = read("/upcasting/wishes-survey-recorded-rev1.json",
                WishesSurveyRecordedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(survey).isEqualTo(new WishesSurveyRecordedEvent(ID, 240, 221, LocalDate.of(2025, 6, 3), DateClaim.ON_TIME));
        ApplicationSubmittedEvent application = read("/upcasting/application-submitted-rev1.json",
                ApplicationSubmittedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(application).isEqualTo(new ApplicationSubmittedEvent(ID, "幸福里小区业主委员会", LocalDate.of(2025, 6, 20),
                DateClaim.ON_TIME));
        SelfGovernanceFormedEvent formed = read("/upcasting/self-governance-formed-rev1.json",
                SelfGovernanceFormedEvent.class.getName(), new DateClaimUpcaster());
        assertThat(formed).isEqualTo(new SelfGovernanceFormedEvent(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "幸福里小区业主委员会",
                LocalDate.of(2025, 6, 10), DateClaim.ON_TIME));
        UnitTransferredEvent transfer = read("/upcasting/unit-transferred-rev1.json",
                UnitTransferredEvent.class.getName(), new DateClaimUpcaster());
        assertThat(transfer).isEqualTo(new UnitTransferredEvent(ID, UnitCode.of("1-1-101"), List.of(OwnerReference.of("p-1-1-101")),
                false, List.of(OwnerReference.of("p-buyer")), TransferReason.SALE, "REG-2025-0042", LocalDate.of(2025, 5, 20),
                List.of(), DateClaim.ON_TIME));
    }

    @Test
    void shouldReadAPolicyOfRevisionOne_asCountingThePostingDay() throws IOException {
        JurisdictionPolicySetEvent event = read("/upcasting/jurisdiction-policy-set-rev1.json",
                JurisdictionPolicyCountingUpcaster.PAYLOAD_TYPE, new JurisdictionPolicyCountingUpcaster());
        assertThat(event.noticeCounting()).isEqualTo("posting-day-included");
        assertThat(event.backdatingGraceDays()).isNull();
        assertThat(event.evidenceRequired()).isNull();
        assertThat(event.noticeWorkingDays()).as("history is not rewritten").isEqualTo(7);
    }

    @Test
    void shouldReadRectificationEvidenceOfRevisionOne_withoutAttachments() throws IOException {
        EvidenceSubmittedEvent event = read("/upcasting/evidence-submitted-rev1.json",
                EvidenceSubmittedAttachmentsUpcaster.PAYLOAD_TYPE, new EvidenceSubmittedAttachmentsUpcaster());
        assertThat(event.evidence()).isEqualTo("开工报告5份");
        assertThat(event.attachments()).isEmpty();
    }

    private <T> T read(String fixture, String type, EventUpcaster... upcasters) throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            stored = in.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Compound", "520523001-001", 7, "event-1",
                Instant.parse("2026-11-30T02:00:00Z"), type, "1", stored, "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(upcasters)
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }
}

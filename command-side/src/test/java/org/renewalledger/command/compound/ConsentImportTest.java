package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.compound.ConsentRegisterTest.NEIGHBOURING_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.ProjectBuilder.closed;
import static org.renewalledger.command.compound.ProjectBuilder.vote;
import static org.renewalledger.command.compound.ProjectBuilder.voted;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;

/** Bulk import of a survey sheet: each vote decided as a single vote would be, all stored or none. */
class ConsentImportTest {

    private ConsentWorld fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsentWorld.standard();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        fixture.shutdown();
    }

    @Test
    void shouldRecordOneEventPerVote_inTheSheetsOrder() {
        fixture.given(aProject().atNoticePublished())
                .when(sheet(vote("1-1-101", ConsentChoice.AGREE), vote("1-1-102", ConsentChoice.DISAGREE)), STREET_OFFICE)
                .expectEvents(voted("1-1-101", ConsentChoice.AGREE), voted("1-1-102", ConsentChoice.DISAGREE));
    }

    @Test
    void shouldTreatAnOwnerListedTwiceAsAChangedVote() {
        fixture.given(aProject().atNoticePublished())
                .when(sheet(vote("1-1-101", ConsentChoice.DISAGREE), vote("1-1-101", ConsentChoice.AGREE)), STREET_OFFICE)
                .expectEvents(voted("1-1-101", ConsentChoice.DISAGREE), voted("1-1-101", ConsentChoice.AGREE, true));
    }

    @Test
    void shouldRefuseTheWholeSheet_whenOneVoteClaimsAnAreaTheRosterDoesNotGive() {
        RecordConsentCommand changedArea = new RecordConsentCommand(ID, ConsentMatter.SCHEME, OwnerReference.of("1-1-101"),
                Area.ofSquareMetres("90"), ConsentChoice.AGREE, vote("1-1-101", ConsentChoice.AGREE).channel(),
                vote("1-1-101", ConsentChoice.AGREE).castAt());
        fixture.given(aProject().atNoticePublished())
                .when(sheet(vote("1-1-101", ConsentChoice.AGREE), vote("1-1-102", ConsentChoice.AGREE), changedArea), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.AREA_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseTheSheet_whenTheCountHasClosed() {
        List<Object> history = aProject().atNoticePublished();
        history.add(closed(ConsentMatter.SCHEME));
        fixture.given(history)
                .when(sheet(vote("1-1-101", ConsentChoice.AGREE)), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_CLOSED));
    }

    @Test
    void shouldRefuseTheSheet_whenTheActorIsAnotherStreetOffice() {
        fixture.given(aProject().atNoticePublished())
                .when(sheet(vote("1-1-101", ConsentChoice.AGREE)), NEIGHBOURING_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAnEmptySheetOrAVoteOnAnotherMatter() {
        assertThatThrownBy(() -> new ImportConsentCommand(ID, ConsentMatter.SCHEME, List.of()))
                .isInstanceOf(DomainException.class);
        RecordConsentCommand onApplication = new RecordConsentCommand(ID, ConsentMatter.APPLICATION,
                OwnerReference.of("1-1-101"), Area.ofSquareMetres("100"), ConsentChoice.AGREE,
                vote("1-1-101", ConsentChoice.AGREE).channel(), vote("1-1-101", ConsentChoice.AGREE).castAt());
        assertThatThrownBy(() -> new ImportConsentCommand(ID, ConsentMatter.SCHEME, List.of(onApplication)))
                .isInstanceOf(DomainException.class);
    }

    private static ImportConsentCommand sheet(RecordConsentCommand... votes) {
        return new ImportConsentCommand(ID, ConsentMatter.SCHEME, List.of(votes));
    }
}

package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.ProjectBuilder.closed;
import static org.renewalledger.command.compound.ProjectBuilder.vote;
import static org.renewalledger.command.compound.ProjectBuilder.voted;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.UnitCode;

/** The consent register: one vote per owner per matter that counts, every vote kept, nothing after closing. */
class ConsentRegisterTest {

    static final Map<String, ?> STREET_OFFICE =
            new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();
    static final Map<String, ?> NEIGHBOURING_OFFICE =
            new Actor("liu", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData();

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
    void shouldRecordAVote_whenTheSchemeIsOnNotice() {
        fixture.given(aProject().atNoticePublished())
                .when(vote("1-1-101", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-101", ConsentChoice.AGREE));
    }

    @Test
    void shouldRecordAChangedVoteAsSupersedingTheEarlierOne() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.DISAGREE));
        fixture.given(history)
                .when(vote("1-1-101", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-101", ConsentChoice.AGREE, true));
    }

    @Test
    void shouldCountOnlyTheLatestVoteOfEachOwner_whenTheCountCloses() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.DISAGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        history.add(voted("1-1-101", ConsentChoice.AGREE, true));
        Instant closedAt = Instant.parse("2025-10-12T08:00:00Z");
        Area hundred = Area.ofSquareMetres("100");
        ConsentTally expected = new ConsentTally(3, Area.ofSquareMetres("300"), 2, Area.ofSquareMetres("200"),
                0, new Area(0), 0, new Area(0));
        fixture.given(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, closedAt), STREET_OFFICE)
                .expectEvents(ProjectBuilder.sealed(ConsentMatter.SCHEME, 1, expected, closedAt),
                        new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, expected, true,
                        PolicySet.DEFAULT.consent().evaluate(expected).rule(), closedAt));
    }

    @Test
    void shouldRefuseAChangedVote_whenTheCountHasClosed() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(closed(ConsentMatter.SCHEME));
        fixture.given(history)
                .when(vote("1-1-101", ConsentChoice.DISAGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_CLOSED));
    }

    @Test
    void shouldRefuseToCloseACountTwice() {
        List<Object> history = aProject().atNoticePublished();
        history.add(closed(ConsentMatter.SCHEME));
        fixture.given(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, Instant.parse("2025-10-13T00:00:00Z")), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_CLOSED));
    }

    @Test
    void shouldRefuseAVoteOnTheScheme_beforeTheSchemeIsSubmitted() {
        fixture.given(aProject().atApplied())
                .when(vote("1-1-101", ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRecordAVoteOnTheApplication_whileTheCompoundIsSurveyed() {
        RecordConsentCommand onApplication = new RecordConsentCommand(ID, ConsentMatter.APPLICATION,
                OwnerReference.of("1-1-101"), Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.ONLINE,
                ProjectBuilder.CAST_AT);
        List<Object> history = aProject().atSurveyed();
        history.add(ProjectBuilder.opened(ConsentMatter.APPLICATION));
        fixture.given(history)
                .when(onApplication, STREET_OFFICE)
                .expectEvents(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-101"),
                        Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.ONLINE, ProjectBuilder.CAST_AT, false,
                        null, UnitCode.of("1-1-101"), ProjectBuilder.ownerOf("1-1-101"), null));
    }

    @Test
    void shouldRefuseAVote_whenTheOwnersAreaDisagreesWithTheRoster() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        RecordConsentCommand biggerFlat = new RecordConsentCommand(ID, ConsentMatter.SCHEME, OwnerReference.of("1-1-101"),
                Area.ofSquareMetres("180"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, ProjectBuilder.CAST_AT);
        fixture.given(history)
                .when(biggerFlat, STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.AREA_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseAVote_recordedByAnotherStreetOffice() {
        fixture.given(aProject().atNoticePublished())
                .when(vote("1-1-101", ConsentChoice.AGREE), NEIGHBOURING_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAVote_recordedByTheHousingBureau_becauseTheRegisterIsTheStreetOffices() {
        Map<String, ?> bureau = new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")).asMetaData();
        fixture.given(aProject().atNoticePublished())
                .when(vote("1-1-101", ConsentChoice.AGREE), bureau)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}

package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.CAST_AT;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.ProjectBuilder.opened;
import static org.renewalledger.command.compound.ProjectBuilder.ownerOf;
import static org.renewalledger.command.compound.ProjectBuilder.rosterUnit;
import static org.renewalledger.command.compound.ProjectBuilder.vote;
import static org.renewalledger.command.compound.ProjectBuilder.voted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.ConsentPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.CorrectRosterUnitCommand;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.ImportOwnersRosterCommand;
import org.renewalledger.kernel.compound.OwnersRosterImportedEvent;
import org.renewalledger.kernel.compound.OpenCountEffect;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.ProxyVote;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RecordRosterUnitCommand;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitCorrectedEvent;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.SubmitSchemeCommand;
import org.renewalledger.kernel.compound.TransferReason;
import org.renewalledger.kernel.compound.TransferUnitCommand;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/**
 * The owners' roster is the electorate (issue 17; 法释〔2009〕7号 Art. 8, 9): votes only from units on it, area and
 * headcount from it, the electorate frozen when a count opens, roster changes stating their effect on open counts.
 */
class OwnersRosterTest {

    private static final Map<String, ?> COMMITTEE =
            new Actor("zhao", Role.OWNERS_COMMITTEE, JurisdictionCode.of("520523001")).asMetaData();
    private static final Instant AT = Instant.parse("2025-10-12T08:00:00Z");

    private ConsentWorld fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsentWorld.standard();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        fixture.shutdown();
    }

    private static ConsentWorld fixtureWith(PolicySet policies) {
        return ConsentWorld.with(policies);
    }

    private static RosterUnit unit(String code, String squareMetres, boolean developerHeld, String... owners) {
        return new RosterUnit(UnitCode.of(code), Area.ofSquareMetres(squareMetres), AreaBasis.REGISTER,
                List.of(owners).stream().map(OwnerReference::of).toList(), developerHeld);
    }

    private static RecordConsentCommand voteFor(ConsentMatter matter, String unit, String owner, ConsentChoice choice) {
        return new RecordConsentCommand(ID, matter, UnitCode.of(unit), owner == null ? null : OwnerReference.of(owner),
                null, choice, ConsentChannel.PAPER_FORM, CAST_AT, null, null);
    }

    private static List<Object> surveyedWith(RosterUnit... units) {
        List<Object> history = new ArrayList<>(List.of(aProject().registered()));
        for (RosterUnit unit : units) {
            history.add(new RosterUnitRecordedEvent(ID, unit, List.of()));
        }
        return history;
    }

    // ---- the roster itself ------------------------------------------------------------------------

    @Test
    void shouldRecordAUnitOnTheRoster() {
        RosterUnit unit = unit("2-1-301", "88.5", false, "p-17");
        fixture.given(aProject().registered())
                .when(new RecordRosterUnitCommand(ID, unit), STREET_OFFICE)
                .expectEvents(new RosterUnitRecordedEvent(ID, unit, List.of()));
    }

    @Test
    void shouldRefuseToRecordAUnitTwice_becauseAChangeIsACorrectionOrATransfer() {
        fixture.given(aProject().atSurveyed())
                .when(new RecordRosterUnitCommand(ID, rosterUnit("1-1-101")), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_UNIT_EXISTS));
    }

    @Test
    void shouldImportTheWholeRosterOrNothing() {
        RosterUnit fresh = unit("2-1-101", "60", false, "p-1");
        fixture.given(aProject().atSurveyed())
                .when(new ImportOwnersRosterCommand(ID, List.of(fresh, rosterUnit("1-1-102"))), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_UNIT_EXISTS));
    }

    @Test
    void shouldImportASheetAsOneEventNamingEveryUnit() {
        RosterUnit a = unit("2-1-101", "60", false, "p-1");
        RosterUnit b = unit("2-1-102", "61", true, "dev-1");
        fixture.given(aProject().registered())
                .when(new ImportOwnersRosterCommand(ID, List.of(a, b)), STREET_OFFICE)
                .expectEvents(new OwnersRosterImportedEvent(ID, List.of(a, b), List.of()));
    }

    @Test
    void shouldRefuseAUnitAnImportedSheetAlreadyPutOnTheRoster() {
        RosterUnit a = unit("2-1-101", "60", false, "p-1");
        fixture.given(aProject().registered(), new OwnersRosterImportedEvent(ID, List.of(a), List.of()))
                .when(new RecordRosterUnitCommand(ID, unit("2-1-101", "70", false, "p-2")), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_UNIT_EXISTS));
    }

    @Test
    void shouldRefuseAUnitWithoutOwnersOrArea() {
        assertThatThrownBy(() -> unit("2-1-101", "60", false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> unit("2-1-101", "0", false, "p-1")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> unit("2-1-101", "60", false, "p-1", "p-1")).isInstanceOf(DomainException.class);
    }

    // ---- votes only from the roster ---------------------------------------------------------------

    @Test
    void shouldRefuseToOpenACount_withoutARoster() {
        fixture.given(aProject().registered())
                .when(voteFor(ConsentMatter.APPLICATION, "1-1-101", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_REQUIRED));
    }

    @Test
    void shouldOpenTheCountAtTheFirstVote_freezingUnitsHeadcountAndArea() {
        fixture.given(aProject().atSurveyed())
                .when(voteFor(ConsentMatter.APPLICATION, "1-1-101", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 3, 3,
                                Area.ofSquareMetres("300"), CAST_AT, 0, 0),
                        ProjectBuilder.frozen(ConsentMatter.APPLICATION, 1, ProjectBuilder.threeUnits()),
                        ProjectBuilder.moved(ConsentMatter.APPLICATION, 1, 0),
                        new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-101"),
                                Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false,
                                null, UnitCode.of("1-1-101"), ownerOf("1-1-101"), null));
    }

    @Test
    void shouldRefuseAVoteFromAUnitNotOnTheRoster() {
        fixture.given(aProject().atNoticePublished())
                .when(vote("9-9-999", ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldRefuseAnOwnerWhoDoesNotHoldTheUnitNamed() {
        fixture.given(aProject().atNoticePublished())
                .when(voteFor(ConsentMatter.SCHEME, "1-1-101", ownerOf("1-1-102"), ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldTakeTheAreaFromTheRoster_whenTheVoteSendsNone() {
        fixture.given(aProject().atNoticePublished())
                .when(voteFor(ConsentMatter.SCHEME, "1-1-101", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-101", ConsentChoice.AGREE));
    }

    @Test
    void shouldFindTheUnit_whenTheVoteNamesItsOwner() {
        RecordConsentCommand byOwner = new RecordConsentCommand(ID, ConsentMatter.SCHEME, OwnerReference.of(ownerOf("1-1-102")),
                null, ConsentChoice.DISAGREE, ConsentChannel.ONLINE, CAST_AT);
        fixture.given(aProject().atNoticePublished())
                .when(byOwner, STREET_OFFICE)
                .expectEvents(new ConsentRecordedEvent(ID, ConsentMatter.SCHEME, OwnerReference.of(ownerOf("1-1-102")),
                        Area.ofSquareMetres("100"), ConsentChoice.DISAGREE, ConsentChannel.ONLINE, CAST_AT, false, null,
                        UnitCode.of("1-1-102"), ownerOf("1-1-102"), null));
    }

    @Test
    void shouldRecordAProxyVote_withTheProxyAndTheEvidence() {
        ProxyVote proxy = new ProxyVote("p-son-of-101", "委托书-2025-017".replace("委托书", "WTS"));
        RecordConsentCommand byProxy = new RecordConsentCommand(ID, ConsentMatter.SCHEME, UnitCode.of("1-1-101"), null,
                null, ConsentChoice.AGREE, ConsentChannel.PROXY, CAST_AT, null, proxy);
        fixture.given(aProject().atNoticePublished())
                .when(byProxy, STREET_OFFICE)
                .expectEvents(new ConsentRecordedEvent(ID, ConsentMatter.SCHEME, OwnerReference.of("1-1-101"),
                        Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PROXY, CAST_AT, false, null,
                        UnitCode.of("1-1-101"), ownerOf("1-1-101"), proxy));
    }

    @Test
    void shouldRefuseAProxyVote_withoutProxyOrEvidence() {
        assertThatThrownBy(() -> new RecordConsentCommand(ID, ConsentMatter.SCHEME, UnitCode.of("1-1-101"), null, null,
                ConsentChoice.AGREE, ConsentChannel.PROXY, CAST_AT, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ProxyVote("p-1", " ")).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldRefuseTheWholeConsentSheet_whenOneRowNamesAUnitNotOnTheRoster() {
        fixture.given(aProject().atNoticePublished())
                .when(new ImportConsentCommand(ID, ConsentMatter.SCHEME, List.of(vote("1-1-101", ConsentChoice.AGREE),
                        vote("1-1-999", ConsentChoice.AGREE))), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    // ---- Art. 9 headcount and Art. 8 area ---------------------------------------------------------

    @Test
    void shouldCountABuyerOfThreeUnitsAsOneOwner_withTheAreaOfAllThree() {
        List<Object> history = surveyedWith(unit("1-1-101", "80", false, "p-wang"), unit("1-1-102", "90", false, "p-wang"),
                unit("1-1-201", "100", false, "p-wang"), unit("1-1-202", "70", false, "p-li"));
        history.add(new WishesSurveyRecordedEvent(ID, 4, 4, LocalDate.of(2025, 6, 3)));
        history.add(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 4, 2, Area.ofSquareMetres("340"), CAST_AT, 0, 0));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("p-wang"),
                Area.ofSquareMetres("270"), ConsentChoice.DISAGREE, ConsentChannel.PAPER_FORM, CAST_AT, false, null,
                UnitCode.of("1-1-101"), "p-wang", null));
        fixture.given(history)
                .when(voteFor(ConsentMatter.APPLICATION, "1-1-201", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-201"),
                        Area.ofSquareMetres("270"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, true, null,
                        UnitCode.of("1-1-201"), "p-wang", null));
    }

    @Test
    void shouldCountTheDevelopersUnsoldUnitsAsOneOwner_andCoOwnersAsOne() {
        List<Object> history = surveyedWith(unit("1-1-101", "80", true, "dev"), unit("1-1-102", "90", true, "dev"),
                unit("1-1-201", "100", false, "p-zhang", "p-zhou"), unit("1-1-202", "70", false, "p-li"));
        history.add(new WishesSurveyRecordedEvent(ID, 4, 4, LocalDate.of(2025, 6, 3)));
        fixture.given(history)
                .when(voteFor(ConsentMatter.APPLICATION, "1-1-201", "p-zhou", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 4, 3,
                                Area.ofSquareMetres("340"), CAST_AT, 0, 0),
                        ProjectBuilder.frozen(ConsentMatter.APPLICATION, 1, fixture.roster()),
                        ProjectBuilder.moved(ConsentMatter.APPLICATION, 1, 0),
                        new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("p-zhou"),
                                Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false,
                                null, UnitCode.of("1-1-201"), "p-zhang+p-zhou", null));
    }

    @Test
    void shouldCountTheAreaOfEveryBasis_registerSurveyOrContract_inTheTotalArea() {
        List<Object> history = surveyedWith(
                new RosterUnit(UnitCode.of("1-1-101"), Area.ofSquareMetres("80.25"), AreaBasis.REGISTER,
                        List.of(OwnerReference.of("p-a")), false),
                new RosterUnit(UnitCode.of("1-1-102"), Area.ofSquareMetres("90.5"), AreaBasis.SURVEY,
                        List.of(OwnerReference.of("p-b")), false),
                new RosterUnit(UnitCode.of("1-1-201"), Area.ofSquareMetres("100"), AreaBasis.CONTRACT,
                        List.of(OwnerReference.of("p-c")), false));
        fixture.given(history)
                .when(voteFor(ConsentMatter.APPLICATION, "1-1-201", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 3, 3,
                                Area.ofSquareMetres("270.75"), CAST_AT, 0, 0),
                        ProjectBuilder.frozen(ConsentMatter.APPLICATION, 1, fixture.roster()),
                        ProjectBuilder.moved(ConsentMatter.APPLICATION, 1, 0),
                        new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-201"),
                                Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false,
                                null, UnitCode.of("1-1-201"), "p-c", null));
    }

    @Test
    void shouldCloseTheCountOnTheRostersElectorate_underTheCivilCodeFramingToo() {
        // Art. 278: 2 of 3 owners (200 of 300 m²) take part; both agree: more than half of participants.
        PolicySet civilCode = PolicySet.DEFAULT.withConsent("civil-code", ConsentPolicy.CIVIL_CODE_ORDINARY);
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        ConsentTally tally = new ConsentTally(3, Area.ofSquareMetres("300"), 2, Area.ofSquareMetres("200"), 0,
                new Area(0), 0, new Area(0));
        fixtureWith(civilCode).given(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, AT), STREET_OFFICE)
                .expectEvents(ProjectBuilder.sealed(ConsentMatter.SCHEME, 1, tally, AT),
                        new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, tally, true,
                        ConsentPolicy.CIVIL_CODE_ORDINARY.evaluate(tally).rule(), AT, 1, ElectorateBasis.OWNERS_ROSTER));
    }

    // ---- roster changes during an open count ------------------------------------------------------

    @Test
    void shouldStateTheEffectOnTheOpenCount_whenAUnitIsTransferred() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        fixture.given(history)
                .when(new TransferUnitCommand(ID, UnitCode.of("1-1-101"), List.of(OwnerReference.of("p-buyer")),
                        TransferReason.SALE, "REG-2025-0042", ConsentWorld.TODAY), STREET_OFFICE)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.axonframework.test.matchers.Matchers.predicate(payload ->
                                        payload instanceof UnitTransferredEvent transferred
                                                && transferred.newOwners().equals(List.of(OwnerReference.of("p-buyer")))
                                                && transferred.previousOwners().equals(List.of(OwnerReference.of(ownerOf("1-1-101"))))
                                                && transferred.effectOnOpenCounts().size() == 1
                                                && transferred.effectOnOpenCounts().get(0).matter() == ConsentMatter.SCHEME
                                                && transferred.effectOnOpenCounts().get(0).effect().contains("frozen"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void shouldKeepTheFrozenElectorate_afterATransferDuringTheCount() {
        List<Object> history = aProject().atNoticePublished();
        history.add(new UnitTransferredEvent(ID, UnitCode.of("1-1-101"), List.of(OwnerReference.of(ownerOf("1-1-101"))),
                false, List.of(OwnerReference.of("p-buyer")), TransferReason.SALE, "REG-2025-0042",
                ConsentWorld.TODAY, List.of(new OpenCountEffect(ConsentMatter.SCHEME, 1, "frozen"))));
        fixture.given(history)
                .when(voteFor(ConsentMatter.SCHEME, "1-1-101", "p-buyer", ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldKeepTheFrozenArea_afterACorrectionDuringTheCount() {
        List<Object> history = aProject().atNoticePublished();
        RosterUnit corrected = new RosterUnit(UnitCode.of("1-1-101"), Area.ofSquareMetres("104.2"), AreaBasis.SURVEY,
                List.of(OwnerReference.of(ownerOf("1-1-101"))), false);
        history.add(new RosterUnitCorrectedEvent(ID, rosterUnit("1-1-101"), corrected, "实测面积", List.of()));
        RecordConsentCommand claimingCorrected = new RecordConsentCommand(ID, ConsentMatter.SCHEME, UnitCode.of("1-1-101"),
                null, Area.ofSquareMetres("104.2"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, null, null);
        fixture.given(history)
                .when(claimingCorrected, STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.AREA_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseAVoteFromAUnitRecordedAfterTheCountOpened() {
        List<Object> history = aProject().atNoticePublished();
        history.add(new RosterUnitRecordedEvent(ID, unit("1-1-301", "50", false, "p-new"), List.of()));
        fixture.given(history)
                .when(voteFor(ConsentMatter.SCHEME, "1-1-301", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldRefuseACorrectionThatChangesNothing() {
        fixture.given(aProject().atSurveyed())
                .when(new CorrectRosterUnitCommand(ID, rosterUnit("1-1-101"), "复核"), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_CHANGE_WITHOUT_EFFECT));
    }

    // ---- where each count belongs -----------------------------------------------------------------

    @Test
    void shouldRefuseTheApplication_beforeTheApplicationCountHasPassed() {
        List<Object> history = aProject().atSurveyed();
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, LocalDate.of(2025, 6, 3)));
        fixture.given(history)
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", ConsentWorld.TODAY), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_NOT_CLOSED));
    }

    @Test
    void shouldRefuseTheApplication_whenTheApplicationCountFailed() {
        List<Object> history = aProject().atSurveyed();
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, LocalDate.of(2025, 6, 3)));
        history.add(opened(ConsentMatter.APPLICATION));
        history.add(new ConsentCountClosedEvent(ID, ConsentMatter.APPLICATION, ConsentTally.empty(3, Area.ofSquareMetres("300")),
                false, "double-two-thirds", CAST_AT));
        fixture.given(history)
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", ConsentWorld.TODAY), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_THRESHOLD_NOT_MET));
    }

    @Test
    void shouldPutARevisedScheme_toANewCount_afterTheSchemeCountFailed() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.DISAGREE));
        history.add(new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, ConsentTally.empty(3, Area.ofSquareMetres("300")),
                false, "double-two-thirds", CAST_AT));
        SchemeSubmittedEvent revised = aProject().schemeSubmitted();
        fixture.given(history)
                .when(new SubmitSchemeCommand(ID, revised.items(), revised.funding(), revised.longTermManagementPlan()),
                        STREET_OFFICE)
                .expectEvents(revised);
    }

    @Test
    void shouldOpenRoundTwo_whenTheRevisedSchemeIsCounted() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.DISAGREE));
        history.add(new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, ConsentTally.empty(3, Area.ofSquareMetres("300")),
                false, "double-two-thirds", CAST_AT));
        history.add(aProject().schemeSubmitted());
        history.add(new org.renewalledger.kernel.compound.NoticePublishedEvent(ID, ProjectBuilder.NOTICE_STARTS, 5,
                ProjectBuilder.NOTICE_LAST_DAY));
        fixture.given(history)
                .when(vote("1-1-101", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.SCHEME, 2, 3, 3, Area.ofSquareMetres("300"),
                        CAST_AT, 0, 0), ProjectBuilder.frozen(ConsentMatter.SCHEME, 2, ProjectBuilder.threeUnits()),
                        ProjectBuilder.moved(ConsentMatter.SCHEME, 2, 0), voted("1-1-101", ConsentChoice.AGREE));
    }

    @Test
    void shouldRefuseToReviseAScheme_whoseCountPassed() {
        SchemeSubmittedEvent revised = aProject().schemeSubmitted();
        fixture.given(aProject().atConsentGiven())
                .when(new SubmitSchemeCommand(ID, revised.items(), revised.funding(), revised.longTermManagementPlan()),
                        STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    // ---- compounds stored before the roster -------------------------------------------------------

    @Test
    void shouldRefuseToCloseACountBegunBeforeTheRoster_untilTheRosterExists() {
        List<Object> history = new ArrayList<>(List.of(aProject().registered()));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-101"),
                Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
        fixture.givenInCompoundStream(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.APPLICATION, AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_REQUIRED));
    }

    @Test
    void shouldCarryEarlierVotesOntoTheRoster_whenACountBegunBeforeItCloses() {
        List<Object> history = new ArrayList<>(List.of(aProject().registered()));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-101"),
                Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("phantom-7"),
                Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
        history.addAll(ProjectBuilder.rosterRecorded());
        ConsentTally tally = new ConsentTally(3, Area.ofSquareMetres("300"), 1, Area.ofSquareMetres("100"), 0,
                new Area(0), 0, new Area(0));
        fixture.givenInCompoundStream(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.APPLICATION, AT), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 3, 3, Area.ofSquareMetres("300"),
                                AT, 1, 1),
                        ProjectBuilder.frozen(ConsentMatter.APPLICATION, 1, ProjectBuilder.threeUnits(),
                                new org.renewalledger.kernel.compound.BallotCarried(ownerOf("1-1-101"), ConsentChoice.AGREE,
                                        Area.ofSquareMetres("100"))),
                        ProjectBuilder.moved(ConsentMatter.APPLICATION, 1, 1),
                        ProjectBuilder.sealed(ConsentMatter.APPLICATION, 1, tally, AT),
                        new ConsentCountClosedEvent(ID, ConsentMatter.APPLICATION, tally, false,
                                PolicySet.DEFAULT.consent().evaluate(tally).rule(), AT, 1, ElectorateBasis.OWNERS_ROSTER));
    }
}

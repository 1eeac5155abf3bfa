package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.CAST_AT;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.ProjectBuilder.ownerOf;
import static org.renewalledger.command.compound.ProjectBuilder.vote;
import static org.renewalledger.command.compound.ProjectBuilder.voted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.BallotCarried;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.renewalledger.kernel.compound.OpenConsentCountCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/**
 * The compound opens and closes its counts in their own streams in one unit of work: the first vote's opening
 * taken twice, the scheme's count held open while its notice runs (issue 18), and histories of earlier builds — a
 * count begun in the compound's stream moves with its votes when it next moves; a count closed there still gates.
 */
class ConsentCountLifecycleTest {

    /** The day after the notice's last day (Sat 11 Oct 2025), in Beijing. */
    private static final Instant AFTER_NOTICE = Instant.parse("2025-10-12T01:00:00Z");
    /** The notice's last day itself, in Beijing (UTC+8). */
    private static final Instant NOTICE_LAST_DAY = Instant.parse("2025-10-11T09:00:00Z");

    private ConsentWorld world;

    @BeforeEach
    void setUp() {
        world = ConsentWorld.with(PolicySet.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        world.shutdown();
    }

    // ---- opening ------------------------------------------------------------------------------------

    @Test
    void shouldTakeASecondFirstVoteOpening_asDone() {
        world.given(aProject().atNoticePublished())
                .when(new OpenConsentCountCommand(ID, ConsentMatter.SCHEME, CAST_AT, true), STREET_OFFICE)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldRefuseAnExplicitOpening_ofAnOpenCount() {
        world.given(aProject().atNoticePublished())
                .when(new OpenConsentCountCommand(ID, ConsentMatter.SCHEME, CAST_AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    // ---- the scheme's count and its notice (issue 18) --------------------------------------------------

    @Test
    void shouldRefuseToCloseTheSchemesCount_whileItsNoticeRuns() {
        world.given(aProject().atNoticePublished())
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, NOTICE_LAST_DAY), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.NOTICE_PERIOD_NOT_OVER));
    }

    @Test
    void shouldRefuseToCloseTheSchemesCount_beforeItsNoticeIsPublished() {
        List<Object> history = aProject().atSchemeSubmitted();
        history.add(ProjectBuilder.opened(ConsentMatter.SCHEME));
        world.given(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, AFTER_NOTICE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.NOTICE_PERIOD_NOT_OVER));
    }

    @Test
    void shouldCloseTheSchemesCount_fromTheDayAfterItsNoticesLastDay() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        history.add(voted("1-1-201", ConsentChoice.DISAGREE));
        world.given(history)
                .when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, AFTER_NOTICE), STREET_OFFICE)
                .expectEvents(ProjectBuilder.sealed(ConsentMatter.SCHEME, 1, ProjectBuilder.TWO_THIRDS, AFTER_NOTICE),
                        new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, ProjectBuilder.TWO_THIRDS, true,
                                PolicySet.DEFAULT.consent().evaluate(ProjectBuilder.TWO_THIRDS).rule(), AFTER_NOTICE, 1,
                                ElectorateBasis.OWNERS_ROSTER));
    }

    // ---- histories of earlier builds ---------------------------------------------------------------

    @Test
    void shouldCarryTheVotesOfACountOpenInTheCompoundsStream_intoItsOwnStream_atTheNextVote() {
        List<Object> history = aProject().atNoticePublished(); // opened in the compound's stream, no move
        history.add(voted("1-1-101", ConsentChoice.DISAGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        world.givenInCompoundStream(history)
                .when(vote("1-1-101", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(ProjectBuilder.frozen(ConsentMatter.SCHEME, 1, ProjectBuilder.threeUnits(),
                                new BallotCarried(ownerOf("1-1-101"), ConsentChoice.DISAGREE, Area.ofSquareMetres("100")),
                                new BallotCarried(ownerOf("1-1-102"), ConsentChoice.AGREE, Area.ofSquareMetres("100"))),
                        ProjectBuilder.moved(ConsentMatter.SCHEME, 1, 2),
                        voted("1-1-101", ConsentChoice.AGREE, true));
    }

    @Test
    void shouldCloseACountMovedFromTheCompoundsStream_onAllItsVotes() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        world.givenInCompoundStream(history);
        world.when(vote("1-1-201", ConsentChoice.DISAGREE), STREET_OFFICE).expectSuccessfulHandlerExecution();
        world.when(new CloseConsentCountCommand(ID, ConsentMatter.SCHEME, AFTER_NOTICE), STREET_OFFICE)
                .expectEvents(ProjectBuilder.sealed(ConsentMatter.SCHEME, 1, ProjectBuilder.TWO_THIRDS, AFTER_NOTICE),
                        new ConsentCountClosedEvent(ID, ConsentMatter.SCHEME, ProjectBuilder.TWO_THIRDS, true,
                                PolicySet.DEFAULT.consent().evaluate(ProjectBuilder.TWO_THIRDS).rule(), AFTER_NOTICE, 1,
                                ElectorateBasis.OWNERS_ROSTER));
    }

    @Test
    void shouldLetACountPassedInTheCompoundsStream_gateTheApplication_asDecided() {
        List<Object> history = aProject().atSurveyed();
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, LocalDate.of(2025, 6, 3)));
        history.addAll(ProjectBuilder.applicationPassed()); // opened, votes and verdict in the compound's stream
        world.givenInCompoundStream(history)
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", ConsentWorld.TODAY), STREET_OFFICE)
                .expectEvents(new ApplicationSubmittedEvent(ID, "幸福里小区业主委员会", ConsentWorld.TODAY));
    }

    @Test
    void shouldLetACountDecidedOnTheFloorAreaBeforeTheRoster_standAsDecided() {
        List<Object> history = new ArrayList<>(List.of(aProject().registered()));
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, LocalDate.of(2025, 6, 3)));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("owner-9"),
                Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
        ConsentTally failed = new ConsentTally(3, Area.ofSquareMetres("300"), 1, Area.ofSquareMetres("500"), 0,
                new Area(0), 0, new Area(0));
        history.add(new ConsentCountClosedEvent(ID, ConsentMatter.APPLICATION, failed, false, "double-two-thirds", CAST_AT,
                1, ElectorateBasis.REGISTERED_FLOOR_AREA));
        world.givenInCompoundStream(history)
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", ConsentWorld.TODAY), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_THRESHOLD_NOT_MET));
    }

    @Test
    void shouldOpenACountBegunBeforeTheRoster_inItsOwnStream_carryingTheVotesThatNameARosterUnit() {
        List<Object> history = new ArrayList<>(List.of(aProject().registered()));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-102"),
                Area.ofSquareMetres("500"), ConsentChoice.DISAGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
        history.addAll(ProjectBuilder.rosterRecorded());
        world.givenInCompoundStream(history)
                .when(new RecordConsentCommandBuilder().unit("1-1-101").build(), STREET_OFFICE)
                .expectEvents(new ConsentCountOpenedEvent(ID, ConsentMatter.APPLICATION, 1, 3, 3, Area.ofSquareMetres("300"),
                                CAST_AT, 1, 0),
                        ProjectBuilder.frozen(ConsentMatter.APPLICATION, 1, ProjectBuilder.threeUnits(),
                                new BallotCarried(ownerOf("1-1-102"), ConsentChoice.DISAGREE, Area.ofSquareMetres("100"))),
                        ProjectBuilder.moved(ConsentMatter.APPLICATION, 1, 1),
                        new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of("1-1-101"),
                                Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false, null,
                                UnitCode.of("1-1-101"), ownerOf("1-1-101"), null));
    }

    /** A vote on the application naming a unit, agreeing. */
    private static final class RecordConsentCommandBuilder {
        private String unit;

        RecordConsentCommandBuilder unit(String code) {
            this.unit = code;
            return this;
        }

        org.renewalledger.kernel.compound.RecordConsentCommand build() {
            return new org.renewalledger.kernel.compound.RecordConsentCommand(ID, ConsentMatter.APPLICATION,
                    UnitCode.of(unit), null, null, ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, null, null);
        }
    }
}

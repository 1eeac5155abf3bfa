package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.CAST_AT;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.ElevatorConsentPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.CloseElevatorConsentCommand;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.ElevatorConsentClosedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentOpenedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent;
import org.renewalledger.kernel.compound.OpenElevatorConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordElevatorConsentCommand;
import org.renewalledger.kernel.compound.StairwellUnit;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * Elevator per stairwell unit: the unit's own count (quorum 2/3, then 3/4 of participants, by area and
 * headcount) and the individual consent of every owner whose exclusive area the shaft occupies.
 */
class ElevatorConsentTest {

    private static final StairwellUnit UNIT = StairwellUnit.of("3-2");
    private static final OwnerReference GROUND_FLOOR = OwnerReference.of("3-2-101");
    private static final Area HUNDRED = Area.ofSquareMetres("100");
    private static final Instant CLOSED_AT = Instant.parse("2025-10-20T02:00:00Z");

    private ConsentWorld fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsentWorld.standard();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        fixture.shutdown();
    }

    private static ElevatorConsentOpenedEvent opened() {
        return new ElevatorConsentOpenedEvent(ID, UNIT, 4, Area.ofSquareMetres("400"), List.of(GROUND_FLOOR));
    }

    /** Stairwell 3-2 has four flats of 100 m² on the roster (3-2-101 … 3-2-401); stairwell 3-1 has one. */
    private static List<Object> withStairwellRoster() {
        List<Object> events = new ArrayList<>(List.of(aProject().registered()));
        for (String unit : List.of("3-1-101", "3-2-101", "3-2-201", "3-2-301", "3-2-401")) {
            events.add(new RosterUnitRecordedEvent(ID, new RosterUnit(UnitCode.of(unit), HUNDRED, AreaBasis.REGISTER,
                    List.of(OwnerReference.of("owner-" + unit)), false), List.of()));
        }
        return events;
    }

    private static List<RosterUnit> stairwellUnits() {
        return List.of("3-2-101", "3-2-201", "3-2-301", "3-2-401").stream().map(unit -> new RosterUnit(UnitCode.of(unit),
                HUNDRED, AreaBasis.REGISTER, List.of(OwnerReference.of("owner-" + unit)), false)).toList();
    }

    private static ConsentCountId countId() {
        return ConsentCountId.ofElevator(ID, UNIT);
    }

    private static ElevatorConsentRecordedEvent voted(String owner, ConsentChoice choice) {
        return new ElevatorConsentRecordedEvent(ID, UNIT, OwnerReference.of(owner), HUNDRED, choice,
                ConsentChannel.PAPER_FORM, CAST_AT, false);
    }

    /** All four households vote; {@code disagreeing} is the one against. */
    private static List<Object> fourVotes(String disagreeing) {
        List<Object> events = withStairwellRoster();
        events.add(opened());
        for (String owner : List.of("3-2-101", "3-2-201", "3-2-301", "3-2-401")) {
            events.add(voted(owner, owner.equals(disagreeing) ? ConsentChoice.DISAGREE : ConsentChoice.AGREE));
        }
        return events;
    }

    private static final ConsentTally THREE_QUARTERS = new ConsentTally(4, Area.ofSquareMetres("400"),
            3, Area.ofSquareMetres("300"), 1, HUNDRED, 0, new Area(0));

    @Test
    void shouldOpenACountPerStairwellUnit_overTheRostersUnitsInThatStairwell() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, UNIT, List.of(GROUND_FLOOR)), STREET_OFFICE)
                .expectEvents(opened(),
                        new ConsentElectorateFrozenEvent(countId(), ProjectBuilder.registeredStreetOffice(), 1,
                                stairwellUnits(), List.of(GROUND_FLOOR), List.of()),
                        new ConsentBallotsMovedEvent(countId(), 1, 0));
    }

    @Test
    void shouldAcceptTheStatedHouseholdsAndArea_whenTheyAgreeWithTheRoster() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, UNIT, 4, Area.ofSquareMetres("400"), List.of(GROUND_FLOOR)),
                        STREET_OFFICE)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldRefuseToOpen_whenTheStatedHouseholdsDisagreeWithTheRoster() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, UNIT, 6, Area.ofSquareMetres("400"), List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ELECTORATE_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseToOpen_whenTheStatedAreaDisagreesWithTheRoster() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, UNIT, 4, Area.ofSquareMetres("520"), List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ELECTORATE_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseToOpen_whenNoUnitOfTheStairwellIsOnTheRoster() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, StairwellUnit.of("5-1"), List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ROSTER_REQUIRED));
    }

    @Test
    void shouldRefuseAShaftOwnerWhoIsNotOnTheStairwellsRoster() {
        fixture.given(withStairwellRoster())
                .when(new OpenElevatorConsentCommand(ID, UNIT, List.of(OwnerReference.of("3-1-101"))), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldTakeTheVotersAreaFromTheRoster_whenTheVoteStatesNone() {
        List<Object> history = withStairwellRoster();
        history.add(opened());
        fixture.given(history)
                .when(new RecordElevatorConsentCommand(ID, UNIT, OwnerReference.of("owner-3-2-201"), null,
                        ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT), STREET_OFFICE)
                .expectEvents(new ElevatorConsentRecordedEvent(ID, UNIT, OwnerReference.of("owner-3-2-201"), HUNDRED,
                        ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false));
    }

    @Test
    void shouldRefuseAVoteFromAnotherStairwellsUnit() {
        List<Object> history = withStairwellRoster();
        history.add(opened());
        fixture.given(history)
                .when(new RecordElevatorConsentCommand(ID, UNIT, OwnerReference.of("3-1-101"), null,
                        ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldRefuseAVoteStatingAnAreaTheRosterDoesNotGive() {
        List<Object> history = withStairwellRoster();
        history.add(opened());
        fixture.given(history)
                .when(new RecordElevatorConsentCommand(ID, UNIT, OwnerReference.of("3-2-201"), Area.ofSquareMetres("130"),
                        ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.AREA_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldPass_whenExactlyThreeQuartersAgreeAndTheShaftOwnerAgrees() {
        fixture.given(fourVotes("3-2-401"))
                .when(new CloseElevatorConsentCommand(ID, UNIT, CLOSED_AT), STREET_OFFICE)
                .expectEvents(new ConsentBallotsSealedEvent(countId(), 1, THREE_QUARTERS, CLOSED_AT),
                        new ElevatorConsentClosedEvent(ID, UNIT, THREE_QUARTERS, List.of(), true,
                        ElevatorConsentPolicy.DEFAULT.rule(), CLOSED_AT));
    }

    @Test
    void shouldFail_whenTheShaftOwnerDisagrees_evenWithThreeQuartersOfTheUnit() {
        fixture.given(fourVotes("3-2-101"))
                .when(new CloseElevatorConsentCommand(ID, UNIT, CLOSED_AT), STREET_OFFICE)
                .expectEvents(new ConsentBallotsSealedEvent(countId(), 1, THREE_QUARTERS, CLOSED_AT),
                        new ElevatorConsentClosedEvent(ID, UNIT, THREE_QUARTERS, List.of(GROUND_FLOOR), false,
                        ElevatorConsentPolicy.DEFAULT.rule(), CLOSED_AT));
    }

    @Test
    void shouldFail_whenOnlyTwoOfFourAgree() {
        List<Object> history = fourVotes("3-2-401");
        history.add(new ElevatorConsentRecordedEvent(ID, UNIT, OwnerReference.of("3-2-301"), HUNDRED,
                ConsentChoice.DISAGREE, ConsentChannel.PAPER_FORM, CAST_AT, true));
        ConsentTally half = new ConsentTally(4, Area.ofSquareMetres("400"), 2, Area.ofSquareMetres("200"),
                2, Area.ofSquareMetres("200"), 0, new Area(0));
        fixture.given(history)
                .when(new CloseElevatorConsentCommand(ID, UNIT, CLOSED_AT), STREET_OFFICE)
                .expectEvents(new ConsentBallotsSealedEvent(countId(), 1, half, CLOSED_AT),
                        new ElevatorConsentClosedEvent(ID, UNIT, half, List.of(), false,
                        ElevatorConsentPolicy.DEFAULT.rule(), CLOSED_AT));
    }

    @Test
    void shouldRefuseAVote_afterTheUnitsCountClosed() {
        List<Object> history = fourVotes("3-2-401");
        history.add(new ElevatorConsentClosedEvent(ID, UNIT, THREE_QUARTERS, List.of(), true, "test", CLOSED_AT));
        fixture.given(history)
                .when(new RecordElevatorConsentCommand(ID, UNIT, OwnerReference.of("3-2-401"), HUNDRED, ConsentChoice.AGREE,
                        ConsentChannel.PAPER_FORM, CAST_AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_CLOSED));
    }

    @Test
    void shouldFindNoCount_forAStairwellWithoutAnOpenCount() {
        // the HTTP API answers this with LIFECYCLE_STEP_OUT_OF_ORDER (LifecycleCommandController)
        List<Object> history = withStairwellRoster();
        history.add(opened());
        fixture.given(history)
                .when(new RecordElevatorConsentCommand(ID, StairwellUnit.of("3-1"), OwnerReference.of("3-1-101"), HUNDRED,
                        ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT), STREET_OFFICE)
                .expectNoEvents()
                .expectException(org.axonframework.test.matchers.Matchers.predicate(
                        e -> e instanceof org.axonframework.modelling.command.AggregateNotFoundException));
    }

    @Test
    void shouldRefuseOpeningTheSameUnitTwice() {
        List<Object> history = withStairwellRoster();
        history.add(opened());
        fixture.given(history)
                .when(new OpenElevatorConsentCommand(ID, UNIT, 4, Area.ofSquareMetres("400"), List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }
}

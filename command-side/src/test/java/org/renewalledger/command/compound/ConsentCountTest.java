package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.NEIGHBOURING_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.CAST_AT;
import static org.renewalledger.command.compound.ProjectBuilder.ID;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.BallotCarried;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * The count in its own stream (ConsentCount), alone: it places every vote on the electorate frozen at the opening
 * (法释〔2009〕7号 Art. 8 and 9), keeps each voter's latest vote, carries the votes an earlier build held, and takes no
 * vote once its round is sealed.
 */
class ConsentCountTest {

    private static final ConsentCountId COUNT = ConsentCountId.of(ID, ConsentMatter.APPLICATION);

    /**
     * Units 1-1-101 and 1-1-102 are the developer's unsold flats (one owner together), 1-1-201, 1-1-202 and 1-1-301 are
     * p-wang's (one buyer, one owner), 1-1-302 is held by the co-owners p-zhang and p-zhou (one owner): 7 units, 3 owners.
     */
    private static final List<RosterUnit> ELECTORATE = List.of(
            unit("1-1-101", "80", true, "dev"), unit("1-1-102", "90", true, "dev"),
            unit("1-1-201", "100", false, "p-wang"), unit("1-1-202", "70", false, "p-wang"),
            unit("1-1-301", "60", false, "p-wang"), unit("1-1-302", "110", false, "p-zhang", "p-zhou"));

    private FixtureConfiguration<ConsentCount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConsentCount.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static RosterUnit unit(String code, String squareMetres, boolean developer, String... owners) {
        return new RosterUnit(UnitCode.of(code), Area.ofSquareMetres(squareMetres), AreaBasis.REGISTER,
                List.of(owners).stream().map(OwnerReference::of).toList(), developer);
    }

    private static ConsentElectorateFrozenEvent frozen(BallotCarried... carried) {
        return new ConsentElectorateFrozenEvent(COUNT, ProjectBuilder.registeredStreetOffice(), 1, ELECTORATE, List.of(),
                List.of(carried));
    }

    private static RecordConsentCommand vote(String unit, String owner, ConsentChoice choice) {
        return new RecordConsentCommand(ID, ConsentMatter.APPLICATION, UnitCode.of(unit),
                owner == null ? null : OwnerReference.of(owner), null, choice, ConsentChannel.PAPER_FORM, CAST_AT, null, null);
    }

    private static ConsentRecordedEvent voted(String unit, String owner, String voter, String squareMetres,
                                              ConsentChoice choice, boolean supersedes) {
        return new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of(owner == null ? unit : owner),
                Area.ofSquareMetres(squareMetres), choice, ConsentChannel.PAPER_FORM, CAST_AT, supersedes, null,
                UnitCode.of(unit), voter, null);
    }

    @Test
    void shouldCountTheDevelopersUnsoldUnitsAsOneOwner_withTheAreaOfAll() {
        fixture.given(frozen())
                .when(vote("1-1-102", null, ConsentChoice.DISAGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-102", null, "developer", "170", ConsentChoice.DISAGREE, false));
    }

    @Test
    void shouldCountABuyerOfThreeUnitsOnce_soAVoteForAnotherOfTheirUnitsChangesTheirVote() {
        fixture.given(frozen(), voted("1-1-201", null, "p-wang", "230", ConsentChoice.DISAGREE, false))
                .when(vote("1-1-301", "p-wang", ConsentChoice.AGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-301", "p-wang", "p-wang", "230", ConsentChoice.AGREE, true));
    }

    @Test
    void shouldCountCoOwnersAsOne_whicheverOfThemSigns() {
        fixture.given(frozen(), voted("1-1-302", "p-zhang", "p-zhang+p-zhou", "110", ConsentChoice.AGREE, false))
                .when(vote("1-1-302", "p-zhou", ConsentChoice.ABSTAIN), STREET_OFFICE)
                .expectEvents(voted("1-1-302", "p-zhou", "p-zhang+p-zhou", "110", ConsentChoice.ABSTAIN, true));
    }

    @Test
    void shouldRefuseAPhantomUnit() {
        fixture.given(frozen())
                .when(vote("9-9-999", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldRefuseAnAreaTheRosterDoesNotGive() {
        RecordConsentCommand claimed = new RecordConsentCommand(ID, ConsentMatter.APPLICATION, UnitCode.of("1-1-201"),
                null, Area.ofSquareMetres("500"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, null, null);
        fixture.given(frozen())
                .when(claimed, STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.AREA_DISAGREES_WITH_ROSTER));
    }

    @Test
    void shouldRefuseTheWholeSheet_whenOneRowNamesAPhantom() {
        fixture.given(frozen())
                .when(new ImportConsentCommand(ID, ConsentMatter.APPLICATION, List.of(
                        vote("1-1-201", null, ConsentChoice.AGREE), vote("7-7-777", null, ConsentChoice.AGREE))), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.OWNER_NOT_ON_ROSTER));
    }

    @Test
    void shouldCountTheVotesItCarried_asAnyEarlierVote() {
        fixture.given(frozen(new BallotCarried("p-wang", ConsentChoice.AGREE, Area.ofSquareMetres("230"))))
                .when(vote("1-1-202", null, ConsentChoice.DISAGREE), STREET_OFFICE)
                .expectEvents(voted("1-1-202", null, "p-wang", "230", ConsentChoice.DISAGREE, true));
    }

    @Test
    void shouldRefuseAVote_onceItsRoundIsSealed() {
        fixture.given(frozen(), new ConsentBallotsSealedEvent(COUNT, 1,
                        ConsentTally.empty(3, Area.ofSquareMetres("510")), Instant.parse("2025-09-30T00:00:00Z")))
                .when(vote("1-1-201", null, ConsentChoice.AGREE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_CLOSED));
    }

    @Test
    void shouldRefuseAVote_recordedByAnotherStreetOffice() {
        fixture.given(frozen())
                .when(vote("1-1-201", null, ConsentChoice.AGREE), NEIGHBOURING_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldNeverTallyMoreThanTheElectorate_whenEveryOwnerVotesThroughEveryUnit() {
        ConsentTally allAgree = new ConsentTally(3, Area.ofSquareMetres("510"), 3, Area.ofSquareMetres("510"), 0,
                new Area(0), 0, new Area(0));
        fixture.given(frozen(), voted("1-1-101", null, "developer", "170", ConsentChoice.AGREE, false),
                        voted("1-1-102", null, "developer", "170", ConsentChoice.AGREE, true),
                        voted("1-1-201", null, "p-wang", "230", ConsentChoice.AGREE, false),
                        voted("1-1-202", null, "p-wang", "230", ConsentChoice.AGREE, true),
                        voted("1-1-301", null, "p-wang", "230", ConsentChoice.AGREE, true),
                        voted("1-1-302", null, "p-zhang+p-zhou", "110", ConsentChoice.AGREE, false))
                .whenInvoking(COUNT.toString(), count -> count.seal(Instant.parse("2025-09-30T00:00:00Z")))
                .expectEvents(new ConsentBallotsSealedEvent(COUNT, 1, allAgree, Instant.parse("2025-09-30T00:00:00Z")));
    }
}

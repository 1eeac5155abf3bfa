package org.renewalledger.command.compound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RenovationCategory;
import org.renewalledger.kernel.compound.SchemeItem;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceKind;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.BallotCarried;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;

/**
 * Test data for a project's history: a small compound of three owners of 100 m² each (so that two thirds
 * is exactly two owners and 200 m²) — units 1-1-101, 1-1-102 and 1-1-201 on its owners' roster, each held by
 * its own owner ({@code owner-1-1-101} …) — and the events that bring it to a stage:
 * {@code aProject().atNoticePublished()}, where the count on the scheme is open.
 */
final class ProjectBuilder {

    static final CompoundId ID = CompoundId.of("520523001-001");
    static final Money BUDGET = Money.ofYuan("1000000");
    static final Instant CAST_AT = Instant.parse("2025-09-20T02:00:00Z");
    /** Mon 29 Sep 2025: with the National Day holiday, the 5th working day is Sat 11 Oct (调休上班). */
    static final LocalDate NOTICE_STARTS = LocalDate.of(2025, 9, 29);
    static final LocalDate NOTICE_LAST_DAY = LocalDate.of(2025, 10, 11);

    private int households = 3;
    private Area floorArea = Area.ofSquareMetres("300");
    private List<FundingLine> funding = List.of(
            new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("700000")),
            new FundingLine(FundingSource.LOCAL_BUDGET, Money.ofYuan("200000")),
            new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("100000")));
    private boolean selfGoverned = true;

    static ProjectBuilder aProject() {
        return new ProjectBuilder();
    }

    ProjectBuilder withFunding(FundingLine... lines) {
        this.funding = List.of(lines);
        return this;
    }

    ProjectBuilder withoutSelfGovernance() {
        this.selfGoverned = false;
        return this;
    }

    CompoundRegisteredEvent registered() {
        return new CompoundRegisteredEvent(ID, "幸福里小区", JurisdictionCode.of("520523"), JurisdictionCode.of("520523001"),
                "鼓场街道", 1995, 1, households, floorArea, "built before 2000");
    }

    static final List<String> UNITS = List.of("1-1-101", "1-1-102", "1-1-201");

    /** Registered, with its owners' roster recorded. */
    List<Object> atSurveyed() {
        List<Object> events = new ArrayList<>(List.of(registered()));
        events.addAll(rosterRecorded());
        return events;
    }

    static List<RosterUnitRecordedEvent> rosterRecorded() {
        return UNITS.stream().map(unit -> new RosterUnitRecordedEvent(ID, rosterUnit(unit), List.of())).toList();
    }

    static RosterUnit rosterUnit(String unit) {
        return new RosterUnit(UnitCode.of(unit), Area.ofSquareMetres("100"), AreaBasis.REGISTER,
                List.of(OwnerReference.of(ownerOf(unit))), false);
    }

    static String ownerOf(String unit) {
        return "owner-" + unit;
    }

    /** The count on a matter opened over the three units: 3 owners, 300 m². */
    static ConsentCountOpenedEvent opened(ConsentMatter matter) {
        return new ConsentCountOpenedEvent(ID, matter, 1, 3, 3, Area.ofSquareMetres("300"), CAST_AT, 0, 0);
    }

    /** The count on the application opened, all three owners agreed, and it closed as passed. */
    static List<Object> applicationPassed() {
        List<Object> events = new ArrayList<>();
        events.add(opened(ConsentMatter.APPLICATION));
        for (String unit : UNITS) {
            events.add(new ConsentRecordedEvent(ID, ConsentMatter.APPLICATION, OwnerReference.of(unit),
                    Area.ofSquareMetres("100"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, CAST_AT, false, null,
                    UnitCode.of(unit), ownerOf(unit), null));
        }
        events.add(new ConsentCountClosedEvent(ID, ConsentMatter.APPLICATION, new ConsentTally(3, Area.ofSquareMetres("300"),
                3, Area.ofSquareMetres("300"), 0, new Area(0), 0, new Area(0)), true, "test", CAST_AT));
        return events;
    }

    List<Object> atApplied() {
        List<Object> events = new ArrayList<>(atSurveyed());
        events.addAll(List.of(
                new WishesSurveyRecordedEvent(ID, 3, 3, LocalDate.of(2025, 6, 3)),
                new ApplicationSubmittedEvent(ID, "幸福里小区业主委员会", LocalDate.of(2025, 6, 20))));
        if (selfGoverned) {
            events.add(new SelfGovernanceFormedEvent(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "幸福里小区业主委员会",
                    LocalDate.of(2025, 6, 10)));
        }
        return events;
    }

    List<Object> atSchemeSubmitted() {
        List<Object> events = atApplied();
        events.add(schemeSubmitted());
        return events;
    }

    List<Object> atNoticePublished() {
        List<Object> events = atSchemeSubmitted();
        events.add(new NoticePublishedEvent(ID, NOTICE_STARTS, 5, NOTICE_LAST_DAY));
        events.add(opened(ConsentMatter.SCHEME));
        return events;
    }

    /** Notice published, owners 1 and 2 agree and 3 disagrees (exactly two thirds), count closed. */
    List<Object> atConsentGiven() {
        List<Object> events = atNoticePublished();
        events.add(voted("1-1-101", ConsentChoice.AGREE));
        events.add(voted("1-1-102", ConsentChoice.AGREE));
        events.add(voted("1-1-201", ConsentChoice.DISAGREE));
        events.add(closed(ConsentMatter.SCHEME));
        return events;
    }

    SchemeSubmittedEvent schemeSubmitted() {
        return new SchemeSubmittedEvent(ID, List.of(
                new SchemeItem(RenovationCategory.BASIC, "雨污分流改造", Money.ofYuan("600000")),
                new SchemeItem(RenovationCategory.IMPROVEMENT, "外墙保温", Money.ofYuan("400000"))),
                BUDGET, funding, "成立业主委员会，引入物业服务企业");
    }

    static ConsentRecordedEvent voted(String owner, ConsentChoice choice) {
        return voted(owner, choice, false);
    }

    static ConsentRecordedEvent voted(String owner, ConsentChoice choice, boolean supersedes) {
        return new ConsentRecordedEvent(ID, ConsentMatter.SCHEME, OwnerReference.of(owner), Area.ofSquareMetres("100"),
                choice, ConsentChannel.PAPER_FORM, CAST_AT, supersedes, null, UnitCode.of(owner), ownerOf(owner), null);
    }

    static RecordConsentCommand vote(String owner, ConsentChoice choice) {
        return new RecordConsentCommand(ID, ConsentMatter.SCHEME, OwnerReference.of(owner), Area.ofSquareMetres("100"),
                choice, ConsentChannel.PAPER_FORM, CAST_AT);
    }

    /** Two of the three owners agree and one disagrees: exactly two thirds of owners and area. */
    static final ConsentTally TWO_THIRDS = new ConsentTally(3, Area.ofSquareMetres("300"), 2, Area.ofSquareMetres("200"),
            1, Area.ofSquareMetres("100"), 0, new Area(0));

    /** The count closed on {@link #TWO_THIRDS}, as passed: the compound's gates read the verdict and this tally. */
    static ConsentCountClosedEvent closed(ConsentMatter matter) {
        return new ConsentCountClosedEvent(ID, matter, TWO_THIRDS, true, "test", CAST_AT);
    }

    /** The count closed on this final tally, as it was decided then. */
    static ConsentCountClosedEvent closed(ConsentMatter matter, ConsentTally tally, boolean passed) {
        return new ConsentCountClosedEvent(ID, matter, tally, passed, "test", CAST_AT);
    }

    /** The count's own stream begins (or a round begins) over these roster units, frozen at the opening. */
    static ConsentElectorateFrozenEvent frozen(ConsentMatter matter, int round, List<RosterUnit> units,
                                               BallotCarried... carried) {
        return new ConsentElectorateFrozenEvent(ConsentCountId.of(ID, matter), registeredStreetOffice(), round, units,
                List.of(), List.of(carried));
    }

    /** The three units of {@link #UNITS}, as the roster holds them. */
    static List<RosterUnit> threeUnits() {
        return UNITS.stream().map(ProjectBuilder::rosterUnit).toList();
    }

    static ConsentBallotsMovedEvent moved(ConsentMatter matter, int round, int carried) {
        return new ConsentBallotsMovedEvent(ConsentCountId.of(ID, matter), round, carried);
    }

    static ConsentBallotsSealedEvent sealed(ConsentMatter matter, int round, ConsentTally tally, Instant at) {
        return new ConsentBallotsSealedEvent(ConsentCountId.of(ID, matter), round, tally, at);
    }

    static JurisdictionCode registeredStreetOffice() {
        return JurisdictionCode.of("520523001");
    }

    static ConsentTally tally(String agreeM2, long agree, String disagreeM2, long disagree, String abstainM2, long abstain) {
        return new ConsentTally(3, Area.ofSquareMetres("300"), agree, Area.ofSquareMetres(agreeM2), disagree,
                Area.ofSquareMetres(disagreeM2), abstain, Area.ofSquareMetres(abstainM2));
    }
}

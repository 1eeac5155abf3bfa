package org.renewalledger.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.CacheWeight;
import org.renewalledger.command.policy.ConsentPolicy;
import org.renewalledger.command.policy.ElevatorConsentPolicy;
import org.renewalledger.command.policy.FundingPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.witness.DateWitness;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.CloseElevatorConsentCommand;
import org.renewalledger.kernel.compound.ElevatorConsentClosedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentOpenedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent;
import org.renewalledger.kernel.compound.OpenElevatorConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.StairwellUnit;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ErasePersonalDataCommand;
import org.renewalledger.kernel.compound.OwnerPersonalDataErasedEvent;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.compound.LongTermManagementSetUpEvent;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.compound.RecordComplaintCommand;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.RecordWishesSurveyCommand;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.compound.SchemeItem;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.SetUpLongTermManagementCommand;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.SubmitSchemeCommand;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.CorrectRosterUnitCommand;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.renewalledger.kernel.compound.ImportOwnersRosterCommand;
import org.renewalledger.kernel.compound.OpenConsentCountCommand;
import org.renewalledger.kernel.compound.OpenCountEffect;
import org.renewalledger.kernel.compound.RecordRosterUnitCommand;
import org.renewalledger.kernel.compound.OwnersRosterImportedEvent;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitCorrectedEvent;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.TransferUnitCommand;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import java.time.Instant;
import java.util.ArrayList;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.BallotCarried;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * A compound's renovation record, from survey to long-term management, with its owners' roster and the standing
 * of its consent counts. One aggregate, because approval must see the counts' verdicts, the notice and the funding
 * plan as one consistent state ("one compound, one scheme"). Each count's ballots live in a small aggregate of its
 * own ({@link ConsentCount}), which the compound opens and closes in the same unit of work (docs/LIFECYCLE.md).
 * Command handlers decide (check the rules, then apply an event); event sourcing handlers only assign state.
 */
@Aggregate(snapshotTriggerDefinition = "compoundSnapshotTrigger", cache = "compoundCache")
// The snapshot's shape: with the owners' roster, each count's standing (its ballots in ConsentCount), the last
// milestone's date and an earlier build's counts packed (ElectorRoll) it is revision 4, so Axon's revision filter
// passes over older snapshots (revision 3 held those counts' electorate as maps; revision 2 every count's votes and
// electorate; revision 1 after infra's CompoundSnapshotFundingSourceUpcaster) and sources those compounds from their
// events instead.
@Revision("4")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Compound implements CacheWeight {

    private static final Set<CompoundStatus> APPLICATION_CONSENT_STAGES =
            EnumSet.of(CompoundStatus.SURVEYED, CompoundStatus.WISHES_SURVEYED);
    private static final Set<CompoundStatus> SCHEME_CONSENT_STAGES =
            EnumSet.of(CompoundStatus.SCHEME_SUBMITTED, CompoundStatus.NOTICE_PUBLISHED);

    @AggregateIdentifier
    private CompoundId compoundId;
    /** The county: its policy decides (PolicyBook), else its city's, province's or the default. */
    private JurisdictionCode jurisdiction;
    private JurisdictionCode streetOffice;
    private long households;
    private Area floorArea;
    private CompoundStatus status;
    private boolean selfGoverned;
    private Money budget;
    private List<FundingLine> funding;
    private LocalDate noticeLastDay;
    private Milestone lastMilestone;
    /** The date the last milestone claimed: the next may not come before it. */
    private LocalDate lastMilestoneOn;
    /** Each matter's count as the compound sees it; the ballots live in the count's own stream (ConsentCount). */
    private Map<ConsentMatter, CountStanding> consent = new EnumMap<>(ConsentMatter.class);
    /** The last round counted on each matter: a revised scheme is counted again (round 2 …). */
    private Map<ConsentMatter, Integer> rounds = new EnumMap<>(ConsentMatter.class);
    private OwnersRoster roster = new OwnersRoster();
    /** Elevator counts by stairwell unit code: open or closed (their ballots live in ConsentCount). */
    private Map<String, ElevatorCount> elevators = new HashMap<>();

    /** For Axon, which rebuilds the aggregate from its events (or a snapshot). */
    Compound() {
    }

    /**
     * Checks what the survey alone decides, before the compound asks its county's programme for a place:
     * the street office is in the county, and nothing excludes the compound.
     */
    static void checkSurvey(RegisterCompoundCommand command) {
        if (!command.jurisdiction().covers(command.streetOffice())) {
            throw new DomainException(ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION,
                    "Street office " + command.streetOffice() + " is not in jurisdiction " + command.jurisdiction(),
                    "streetOfficeCode");
        }
        if (!command.exclusions().isEmpty()) {
            throw new DomainException(ErrorCode.COMPOUND_NOT_ELIGIBLE, "The survey found " + command.exclusions()
                    + "; compounds slated for demolition or shanty-town redevelopment, self-built housing areas and "
                    + "urban villages are outside the programme", "exclusions");
        }
    }

    /**
     * Registers a compound that its county's programme has just admitted under {@code eligibilityRule}, in the
     * same unit of work ({@link CompoundRegistrar}); the rule is recorded so an auditor sees why it was taken.
     */
    Compound(RegisterCompoundCommand command, String eligibilityRule) {
        checkSurvey(command);
        apply(new CompoundRegisteredEvent(
                command.compoundId(),
                command.name(),
                command.jurisdiction(),
                command.streetOffice(),
                command.streetOfficeName(),
                command.builtYear(),
                command.buildings(),
                command.households(),
                command.floorArea(),
                eligibilityRule));
    }

    // ---- wishes, application, self-governance ------------------------------------------------------

    @CommandHandler
    void handle(RecordWishesSurveyCommand command, PolicyBook book, DateWitness witness) {
        requireStage("record the wishes survey", CompoundStatus.SURVEYED);
        DateClaim claim = judgeClaimedDate("surveyedOn", command.surveyedOn(), command.backdatingReason(),
                book.forJurisdiction(jurisdiction), witness);
        apply(new WishesSurveyRecordedEvent(compoundId, command.households(), command.inFavour(), command.surveyedOn(), claim));
    }

    @CommandHandler
    void handle(SubmitApplicationCommand command, PolicyBook book, DateWitness witness) {
        requireStage("submit the owners' application", CompoundStatus.WISHES_SURVEYED);
        requireCountPassed(ConsentMatter.APPLICATION, "the application (申报)");
        DateClaim claim = judgeClaimedDate("appliedOn", command.appliedOn(), command.backdatingReason(),
                book.forJurisdiction(jurisdiction), witness);
        apply(new ApplicationSubmittedEvent(compoundId, command.applicant(), command.appliedOn(), claim));
    }

    @CommandHandler
    void handle(FormSelfGovernanceCommand command, PolicyBook book, DateWitness witness) {
        if (selfGoverned) {
            throw new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
                    "The compound already has its self-governance organisation");
        }
        if (status.compareTo(CompoundStatus.UNDER_CONSTRUCTION) >= 0) {
            throw outOfOrder("form the self-governance organisation", "before construction starts");
        }
        DateClaim claim = judgeClaimedDate("formedOn", command.formedOn(), command.backdatingReason(),
                book.forJurisdiction(jurisdiction), witness);
        apply(new SelfGovernanceFormedEvent(compoundId, command.kind(), command.name(), command.formedOn(), claim));
    }

    // ---- scheme and notice --------------------------------------------------------------------------

    @CommandHandler
    void handle(SubmitSchemeCommand command) {
        if (!failedSchemeCount()) {
            requireStage("submit the scheme", CompoundStatus.APPLIED);
        }
        Money total = command.items().stream().map(SchemeItem::budget).reduce(Money.ZERO, Money::plus);
        apply(new SchemeSubmittedEvent(compoundId, command.items(), total, command.funding(),
                command.longTermManagementPlan()));
    }

    @CommandHandler
    void handle(PublishNoticeCommand command, PolicyBook book, WorkingDayCalendar calendar, DateWitness witness,
                EvidenceRegister evidence) {
        PolicySet policies = book.forJurisdiction(jurisdiction);
        requireStage("publish the notice", CompoundStatus.SCHEME_SUBMITTED);
        DateClaim claim = judgeClaimedDate("startsOn", command.startsOn(), command.backdatingReason(), policies, witness);
        policies.evidence().requireFor("The notice (a photo of the posted notice)", command.attachments());
        evidence.requireUploaded(command.attachments());
        int days = policies.notice().workingDays();
        apply(new NoticePublishedEvent(compoundId, command.startsOn(), days,
                policies.notice().lastDay(command.startsOn(), calendar), claim, command.attachments()));
    }

    // ---- consent counts (their ballots live in ConsentCount) ------------------------------------------

    @CommandHandler
    void handle(OpenConsentCountCommand command, ConsentCounts counts) {
        CountStanding count = consent.get(command.matter());
        if (count != null && !count.closed() && count.inOwnStream()) {
            if (command.byFirstVote()) {
                return; // another first vote opened it meanwhile
            }
            throw new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, "The count on " + command.matter()
                    + " is already open (round " + count.round() + ")");
        }
        requireCountable(command.matter());
        openCount(command.matter(), command.openedAt(), counts);
    }

    /** Forgets an owner's personal data: the event says so (without the data); the vault erases the key. */
    @CommandHandler
    void handle(ErasePersonalDataCommand command) {
        apply(new OwnerPersonalDataErasedEvent(compoundId, command.owner(), DataSubject.ownerOf(compoundId, command.owner()),
                command.request()));
    }

    /**
     * Closes the count: the count seals its ballots and answers the final tally, on which the consent policy decides
     * and the compound records the verdict, in one unit of work. The count on the scheme closes only once the
     * scheme's notice has run (the rule approval uses), so owners can still change their vote while it runs.
     * A count nobody opened yet opens here first, as the first vote would open it.
     */
    @CommandHandler
    void handle(CloseConsentCountCommand command, PolicyBook book, ConsentCounts counts) {
        PolicySet policies = book.forJurisdiction(jurisdiction);
        ConsentMatter matter = command.matter();
        requireCountable(matter);
        if (matter == ConsentMatter.SCHEME) {
            LocalDate closingDay = LocalDate.ofInstant(command.closedAt(), ProgrammeTime.ZONE);
            if (status != CompoundStatus.NOTICE_PUBLISHED || !policies.notice().hasRun(noticeLastDay, closingDay)) {
                throw new DomainException(ErrorCode.NOTICE_PERIOD_NOT_OVER, "The count on the scheme closes once the "
                        + "scheme's notice has run" + (status == CompoundStatus.NOTICE_PUBLISHED ? ": its last working day "
                        + "is " + noticeLastDay + ", so the count may close from the day after" : "; the notice of this "
                        + "scheme is not published yet") + " (" + policies.notice().rule() + ")");
            }
        }
        CountStanding count = consent.get(matter);
        if (count == null || !count.inOwnStream()) {
            openCount(matter, command.closedAt(), counts);
            count = consent.get(matter);
        }
        ConsentTally tally = counts.act(ConsentCountId.of(compoundId, matter), open -> open.seal(command.closedAt()));
        ConsentPolicy.Decision decision = policies.consent().evaluate(tally);
        apply(new ConsentCountClosedEvent(compoundId, matter, tally, decision instanceof ConsentPolicy.Approved,
                decision.rule(), command.closedAt(), count.round(), ElectorateBasis.OWNERS_ROSTER));
    }

    /** A count on {@code matter} may open or move now: it is not closed, and the compound is at a stage for it. */
    private void requireCountable(ConsentMatter matter) {
        CountStanding count = consent.get(matter);
        if (count != null && count.closed()) {
            throw new DomainException(ErrorCode.CONSENT_COUNT_CLOSED,
                    "The count on " + matter + " is closed; the tally is final and votes can no longer change");
        }
        Set<CompoundStatus> stages = matter == ConsentMatter.APPLICATION ? APPLICATION_CONSENT_STAGES : SCHEME_CONSENT_STAGES;
        if (!stages.contains(status)) {
            throw outOfOrder("count votes on " + matter, "at stage " + stages);
        }
    }

    /**
     * Opens the count on a matter in its own stream, over an electorate frozen from the roster as it stands, or moves
     * there a count an earlier build held in this stream: one opened over the roster carries its electorate and votes
     * as they stood; one begun before the roster freezes the roster now and carries the votes that name a unit on it.
     */
    private void openCount(ConsentMatter matter, Instant at, ConsentCounts counts) {
        CountStanding count = consent.get(matter);
        ConsentCountId countId = ConsentCountId.of(compoundId, matter);
        if (count != null && count.onRoster()) {
            ConsentRegister earlier = count.legacy();
            List<BallotCarried> carried = earlier.ballots();
            counts.open(new ConsentElectorateFrozenEvent(countId, streetOffice, count.round(),
                    earlier.frozenUnits(this::basisOf), List.of(), carried));
            apply(new ConsentBallotsMovedEvent(countId, count.round(), carried.size()));
            return;
        }
        if (roster.isEmpty()) {
            throw new DomainException(ErrorCode.ROSTER_REQUIRED, "The count on " + matter + " needs the owners' roster "
                    + "(业主名册): record or import it first; votes count only from units on it");
        }
        Electorate electorate = roster.electorate();
        List<BallotCarried> carried = count == null ? List.of() : count.legacy().ballotsCarriedOnto(electorate);
        int dropped = count == null ? 0 : count.legacy().carryCounts(electorate)[1];
        int round = count == null ? rounds.getOrDefault(matter, 0) + 1 : count.round();
        apply(new ConsentCountOpenedEvent(compoundId, matter, round, electorate.units(), electorate.headcount(),
                electorate.totalArea(), at, carried.size(), dropped));
        counts.open(new ConsentElectorateFrozenEvent(countId, streetOffice, round, List.copyOf(electorate.all()),
                List.of(), carried));
        apply(new ConsentBallotsMovedEvent(countId, round, carried.size()));
    }

    private AreaBasis basisOf(UnitCode unit) {
        RosterUnit entry = roster.unit(unit);
        return entry == null ? AreaBasis.REGISTER : entry.basis();
    }

    private void requireCountPassed(ConsentMatter matter, String step) {
        CountStanding count = consent.get(matter);
        if (count == null || !count.closed()) {
            throw new DomainException(ErrorCode.CONSENT_COUNT_NOT_CLOSED,
                    "The owners' count on " + matter + " must be closed, and passed, before " + step);
        }
        if (!count.passed()) {
            throw new DomainException(ErrorCode.CONSENT_THRESHOLD_NOT_MET, "The owners' count on " + matter
                    + " failed (round " + count.round() + "); " + step + " needs it passed");
        }
    }

    /** A scheme whose count failed is revised and put to a new notice and a new count. */
    private boolean failedSchemeCount() {
        CountStanding count = consent.get(ConsentMatter.SCHEME);
        return count != null && count.closed() && !count.passed() && SCHEME_CONSENT_STAGES.contains(status);
    }

    // ---- owners' roster (业主名册) -----------------------------------------------------------------------

    @CommandHandler
    void handle(RecordRosterUnitCommand command) {
        requireNotOnRoster(command.unit());
        apply(new RosterUnitRecordedEvent(compoundId, command.unit(), effectOfRecording(command.unit())));
    }

    /**
     * The housing registry's roster: every unit decided as one would be; one refusal refuses the whole import. The
     * sheet is one event naming every unit.
     */
    @CommandHandler
    void handle(ImportOwnersRosterCommand command) {
        command.units().forEach(this::requireNotOnRoster);
        apply(new OwnersRosterImportedEvent(compoundId, command.units(), effectOnOpenCounts("The " + command.units().size()
                + " units of the sheet are not on the electorate frozen when the count opened: they vote from the next count")));
    }

    @CommandHandler
    void handle(CorrectRosterUnitCommand command) {
        RosterUnit before = requireOnRoster(command.corrected().unit());
        if (before.equals(command.corrected())) {
            throw new DomainException(ErrorCode.ROSTER_CHANGE_WITHOUT_EFFECT,
                    "Unit " + before.unit() + " already reads so on the roster");
        }
        apply(new RosterUnitCorrectedEvent(compoundId, before, command.corrected(), command.reason(),
                effectOfChanging(before, "the correction")));
    }

    @CommandHandler
    void handle(TransferUnitCommand command, PolicyBook book, DateWitness witness) {
        RosterUnit before = requireOnRoster(command.unit());
        RosterUnit after = before.withOwners(command.newOwners(), false);
        if (before.equals(after)) {
            throw new DomainException(ErrorCode.ROSTER_CHANGE_WITHOUT_EFFECT,
                    "Unit " + before.unit() + " is already held by " + command.newOwners());
        }
        DateClaim claim = judgeClaimedDate("transferredOn", command.transferredOn(), command.backdatingReason(),
                book.forJurisdiction(jurisdiction), witness);
        apply(new UnitTransferredEvent(compoundId, command.unit(), before.owners(), before.developerHeld(),
                after.owners(), command.reason(), command.evidence(), command.transferredOn(),
                effectOfChanging(before, "the new owners"), claim));
    }

    private void requireNotOnRoster(RosterUnit unit) {
        if (roster.unit(unit.unit()) != null) {
            throw new DomainException(ErrorCode.ROSTER_UNIT_EXISTS, "Unit " + unit.unit()
                    + " is already on the roster; correct it or record its transfer", "unit");
        }
    }

    private RosterUnit requireOnRoster(org.renewalledger.kernel.compound.UnitCode unit) {
        RosterUnit entry = roster.unit(unit);
        if (entry == null) {
            throw new DomainException(ErrorCode.ROSTER_UNIT_NOT_FOUND, "Unit " + unit + " is not on the roster", "unit");
        }
        return entry;
    }

    private List<OpenCountEffect> effectOfRecording(RosterUnit unit) {
        return effectOnOpenCounts("Unit " + unit.unit() + " is not on the electorate frozen when the count opened: "
                + "it votes from the next count");
    }

    private List<OpenCountEffect> effectOfChanging(RosterUnit before, String what) {
        return effectOnOpenCounts("The count keeps the electorate frozen at its opening: unit " + before.unit()
                + " counts as it stood then (" + before.exclusiveArea() + ", " + (before.developerHeld() ? "the developer"
                : "owners " + before.owners()) + "), and a vote already cast for it stands; " + what
                + " count from the next count");
    }

    private List<OpenCountEffect> effectOnOpenCounts(String onRoster) {
        List<OpenCountEffect> effects = new ArrayList<>();
        consent.forEach((matter, count) -> {
            if (!count.closed()) {
                effects.add(new OpenCountEffect(matter, count.round(), count.onRoster() ? onRoster
                        : "The count began before the roster: it freezes the roster as it stands when it next moves"));
            }
        });
        return effects;
    }

    // ---- elevators, per stairwell unit (一单元一策) -------------------------------------------------------

    /**
     * Opens a stairwell unit's elevator count in its own stream, over the roster's units in that stairwell (UnitCode
     * building-stairwell-room), frozen now; the households and area a request still states must agree with them, and
     * every shaft owner must be one of them (a unit code or an owner of one). A count an earlier build opened in the
     * compound's stream and left open moves to its own stream instead, carrying the votes that name a unit on it.
     */
    @CommandHandler
    void handle(OpenElevatorConsentCommand command, ConsentCounts counts) {
        ElevatorCount existing = elevators.get(command.unit().value());
        if (existing != null && (existing.ownStream() || existing.register().closed())) {
            throw new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
                    "The elevator count of stairwell unit " + command.unit() + " is already open");
        }
        List<RosterUnit> units = roster.inStairwell(command.unit());
        if (units.isEmpty()) {
            throw new DomainException(ErrorCode.ROSTER_REQUIRED, "The elevator count of stairwell unit " + command.unit()
                    + " needs that stairwell's units on the owners' roster (业主名册, units coded building-stairwell-room)");
        }
        Electorate electorate = Electorate.of(units);
        ConsentCountId countId = ConsentCountId.ofElevator(compoundId, command.unit());
        if (existing != null) {
            List<BallotCarried> carried = existing.register().ballotsCarriedOnto(electorate);
            counts.open(new ConsentElectorateFrozenEvent(countId, streetOffice, 1, units, existing.shaftOwners(), carried));
            apply(new ConsentBallotsMovedEvent(countId, 1, carried.size()));
            return;
        }
        boolean householdsAgree = command.households() == 0 || command.households() == electorate.units()
                || command.households() == electorate.headcount();
        boolean areaAgrees = command.exclusiveArea() == null || command.exclusiveArea().equals(electorate.totalArea());
        if (!householdsAgree || !areaAgrees) {
            throw new DomainException(ErrorCode.ELECTORATE_DISAGREES_WITH_ROSTER, "The request states "
                    + command.households() + " households and " + command.exclusiveArea() + "; the roster gives stairwell "
                    + "unit " + command.unit() + " " + electorate.units() + " units (" + electorate.headcount()
                    + " owners as the law counts them) and " + electorate.totalArea() + " of exclusive area. The electorate "
                    + "comes from the roster: send none, or the roster's", householdsAgree ? "exclusiveArea" : "households");
        }
        for (OwnerReference shaftOwner : command.shaftOwners()) {
            boolean onRoster = units.stream().anyMatch(unit -> unit.unit().value().equals(shaftOwner.value())
                    || unit.owners().contains(shaftOwner));
            if (!onRoster) {
                throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Shaft owner " + shaftOwner + " is neither a unit "
                        + "of stairwell unit " + command.unit() + " on the owners' roster nor an owner of one", "shaftOwners");
            }
        }
        apply(new ElevatorConsentOpenedEvent(compoundId, command.unit(), (int) electorate.headcount(),
                electorate.totalArea(), command.shaftOwners()));
        counts.open(new ConsentElectorateFrozenEvent(countId, streetOffice, 1, units, command.shaftOwners(), List.of()));
        apply(new ConsentBallotsMovedEvent(countId, 1, 0));
    }

    @CommandHandler
    void handle(CloseElevatorConsentCommand command, PolicyBook book, ConsentCounts counts) {
        ElevatorCount count = openElevatorCount(command.unit());
        ElevatorConsentPolicy policy = book.forJurisdiction(jurisdiction).elevatorConsent();
        ElevatorConsentPolicy.Decision decision;
        ConsentTally tally;
        if (count.ownStream()) {
            ConsentCountId countId = ConsentCountId.ofElevator(compoundId, command.unit());
            decision = counts.act(countId, open -> open.elevatorVerdict(policy));
            tally = counts.act(countId, open -> open.seal(command.closedAt()));
        } else {
            // an earlier build's count, never moved: decided on the votes in this stream, as it was then
            tally = count.register().tally();
            decision = policy.evaluate(tally, count.shaftOwners(), count::agrees);
        }
        List<OwnerReference> notAgreeing = decision instanceof ElevatorConsentPolicy.Refused refused
                ? refused.shaftOwnersNotAgreeing() : List.of();
        apply(new ElevatorConsentClosedEvent(compoundId, command.unit(), tally, notAgreeing,
                decision instanceof ElevatorConsentPolicy.Approved, decision.rule(), command.closedAt()));
    }

    private ElevatorCount openElevatorCount(StairwellUnit unit) {
        ElevatorCount count = elevators.get(unit.value());
        if (count == null) {
            throw new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
                    "No elevator count is open for stairwell unit " + unit, "unit");
        }
        if (count.register().closed()) {
            throw new DomainException(ErrorCode.CONSENT_COUNT_CLOSED,
                    "The elevator count of stairwell unit " + unit + " is closed; votes can no longer change");
        }
        return count;
    }

    // ---- approval -----------------------------------------------------------------------------------

    @CommandHandler
    void handle(ApproveSchemeCommand command, PolicyBook book) {
        PolicySet policies = book.forJurisdiction(jurisdiction);
        requireStage("approve the scheme", CompoundStatus.NOTICE_PUBLISHED);
        if (!policies.notice().hasRun(noticeLastDay, command.decidedOn())) {
            throw new DomainException(ErrorCode.NOTICE_PERIOD_NOT_OVER, "The notice's last working day is "
                    + noticeLastDay + "; approval may come from the day after (" + policies.notice().rule() + ")");
        }
        if (!selfGoverned) {
            throw new DomainException(ErrorCode.SELF_GOVERNANCE_MISSING,
                    "No self-governance organisation exists; 先自治后整治 requires one before approval");
        }
        CountStanding count = consent.get(ConsentMatter.SCHEME);
        if (count == null || !count.closed()) {
            throw new DomainException(ErrorCode.CONSENT_COUNT_NOT_CLOSED,
                    "The owners' count on the scheme must be closed before approval");
        }
        ConsentPolicy.Decision consentDecision = policies.consent().evaluate(count.tally());
        if (consentDecision instanceof ConsentPolicy.Refused refused) {
            throw new DomainException(ErrorCode.CONSENT_THRESHOLD_NOT_MET, refused.reason());
        }
        FundingPolicy.Decision fundingDecision = policies.funding().evaluate(budget, funding);
        if (fundingDecision instanceof FundingPolicy.Unsound unsound) {
            throw new DomainException(unsound.code(), unsound.reason());
        }
        FundingPolicy.Sound sound = (FundingPolicy.Sound) fundingDecision;
        apply(new SchemeApprovedEvent(compoundId, command.decidedOn(), count.tally(), consentDecision.rule(),
                noticeLastDay, budget, sound.residentShare(), sound.rule(), policies.version()));
    }

    // ---- delivery -----------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordMilestoneCommand command, MetaData metaData, PolicyBook book, DateWitness witness,
                EvidenceRegister evidence) {
        Actor actor = Actor.fromMetaData(metaData);
        Milestone milestone = command.milestone();
        if (!milestone.mayBeRecordedBy(actor.role())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Role " + actor.role() + " may not record " + milestone);
        }
        boolean inOrder = milestone.previous() == null
                ? status == CompoundStatus.SCHEME_APPROVED
                : lastMilestone == milestone.previous();
        if (!inOrder) {
            throw new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, milestone + " must follow "
                    + (milestone.previous() == null ? "scheme approval" : milestone.previous())
                    + "; the project stands at " + status + (lastMilestone == null ? "" : " after " + lastMilestone));
        }
        if (milestone == Milestone.COMPLETION_ACCEPTED && command.residentRepresentatives() < 1) {
            throw new DomainException(ErrorCode.COMPLETION_WITHOUT_RESIDENTS,
                    "Completion acceptance is by a joint team including residents' representatives", "residentRepresentatives");
        }
        if (lastMilestoneOn != null && command.reachedOn().isBefore(lastMilestoneOn)) {
            throw new DomainException(ErrorCode.MILESTONE_DATE_OUT_OF_ORDER, milestone + " on " + command.reachedOn()
                    + " would come before " + lastMilestone + " on " + lastMilestoneOn, "reachedOn");
        }
        PolicySet policies = book.forJurisdiction(jurisdiction);
        DateClaim claim = judgeClaimedDate("reachedOn", command.reachedOn(), command.backdatingReason(), policies, witness);
        if (milestone == Milestone.COMPLETION_ACCEPTED) {
            policies.evidence().requireFor("Completion acceptance (the signed acceptance record)", command.attachments());
        }
        evidence.requireUploaded(command.attachments());
        apply(new MilestoneReachedEvent(compoundId, milestone, milestone.reaches(), command.reachedOn(),
                command.reference(), command.residentRepresentatives(), claim, command.attachments()));
    }

    @CommandHandler
    void handle(ReportProgressCommand command, PolicyBook book, DateWitness witness, EvidenceRegister evidence) {
        requireStage("report works progress", CompoundStatus.UNDER_CONSTRUCTION);
        DateClaim claim = judgeClaimedDate("reportedOn", command.reportedOn(), command.backdatingReason(),
                book.forJurisdiction(jurisdiction), witness);
        evidence.requireUploaded(command.attachments());
        apply(new ProgressReportedEvent(compoundId, command.percentComplete(), command.reportedOn(), command.note(),
                claim, command.attachments()));
    }

    @CommandHandler
    void handle(RecordComplaintCommand command, PolicyBook book, DateWitness witness) {
        if (status.compareTo(CompoundStatus.UNDER_CONSTRUCTION) < 0) {
            throw outOfOrder("record a works complaint", "from construction start on");
        }
        DateClaim claim = judgeClaimedDate("receivedAt", ProgrammeTime.dateOf(command.receivedAt()),
                command.backdatingReason(), book.forJurisdiction(jurisdiction), witness);
        apply(new ComplaintRecordedEvent(compoundId, streetOffice, command.ticket(), command.summary(), command.receivedAt(),
                claim));
    }

    /**
     * A date the client claims, judged against the server's today and the closed assessment months of the compound's
     * street office (and the jurisdictions above it) under the compound's policy: refused in the future, taken with a
     * reason when late, flagged in the event either way.
     */
    private DateClaim judgeClaimedDate(String field, LocalDate claimed, String reason, PolicySet policies,
                                       DateWitness witness) {
        return policies.backdating().judge(field, claimed, witness.today(), witness.inClosedMonth(streetOffice, claimed),
                reason);
    }

    @CommandHandler
    void handle(SetUpLongTermManagementCommand command, PolicyBook book) {
        PolicySet policies = book.forJurisdiction(jurisdiction);
        requireStage("set up long-term management", CompoundStatus.HANDED_OVER);
        Money rate = command.maintenanceFundPerSquareMetre();
        if (!policies.maintenanceFund().allows(rate)) {
            throw new DomainException(ErrorCode.MAINTENANCE_FUND_OUT_OF_RANGE,
                    rate + " per m² is outside the " + policies.maintenanceFund().rule(), "maintenanceFundPerSquareMetre");
        }
        // fen per m² × cm² / 10,000 cm² per m², rounded down to whole fen
        Money fund = Money.ofFen(Math.multiplyExact(rate.fen(), floorArea.squareCentimetres()) / 10_000);
        apply(new LongTermManagementSetUpEvent(compoundId, command.mode(), command.manager(), rate, fund,
                command.startsOn()));
    }

    // ---- guards -------------------------------------------------------------------------------------

    /**
     * Commands on an existing compound do not carry its street office; the aggregate knows it, so before any of
     * its handlers decides, it checks that the actor's jurisdiction covers it (a street office acts only inside
     * its own area). Axon runs this once the compound is loaded; registration, which creates the compound,
     * checks the jurisdiction on the command itself ({@code CommandAuthorizationInterceptor}).
     */
    @CommandHandlerInterceptor
    void requireActorCovers(CommandMessage<?> command) {
        Actor actor = Actor.fromMetaData(command.getMetaData());
        if (actor == null || !actor.jurisdiction().covers(streetOffice)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Jurisdiction "
                    + (actor == null ? "(none)" : actor.jurisdiction()) + " does not cover " + streetOffice);
        }
    }

    private void requireStage(String step, CompoundStatus required) {
        if (status != required) {
            throw outOfOrder(step, "at stage " + required);
        }
    }

    private DomainException outOfOrder(String step, String when) {
        return new DomainException(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
                "Can only " + step + " " + when + "; the project stands at " + status);
    }

    // ---- state --------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CompoundRegisteredEvent event) {
        this.compoundId = event.compoundId();
        this.jurisdiction = event.jurisdiction();
        this.streetOffice = event.streetOffice();
        this.households = event.households();
        this.floorArea = event.floorArea();
        this.status = CompoundStatus.SURVEYED;
    }

    @EventSourcingHandler
    void on(WishesSurveyRecordedEvent event) {
        this.status = CompoundStatus.WISHES_SURVEYED;
    }

    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event) {
        this.status = CompoundStatus.APPLIED;
    }

    @EventSourcingHandler
    void on(SelfGovernanceFormedEvent event) {
        this.selfGoverned = true;
    }

    @EventSourcingHandler
    void on(SchemeSubmittedEvent event) {
        CountStanding scheme = consent.get(ConsentMatter.SCHEME);
        if (scheme != null && scheme.closed() && !scheme.passed()) {
            consent.remove(ConsentMatter.SCHEME); // the revised scheme is counted anew; the failed count stays in history
        }
        this.status = CompoundStatus.SCHEME_SUBMITTED;
        this.budget = event.budget();
        this.funding = event.funding();
    }

    @EventSourcingHandler
    void on(NoticePublishedEvent event) {
        this.status = CompoundStatus.NOTICE_PUBLISHED;
        this.noticeLastDay = event.lastDay();
    }

    @EventSourcingHandler
    void on(ConsentCountOpenedEvent event) {
        CountStanding count = consent.get(event.matter());
        if (count != null && !count.closed() && !count.onRoster()) {
            count.legacy().carriedOnto(roster.electorate()); // an earlier build's count begun before the roster
        } else {
            consent.put(event.matter(), CountStanding.opened(event.round(), roster.electorate()));
        }
        rounds.put(event.matter(), event.round());
    }

    @EventSourcingHandler
    void on(ConsentBallotsMovedEvent event) {
        if (event.countId().matter() != null) {
            consent.get(event.countId().matter()).moved();
        } else {
            elevators.get(event.countId().stairwell().value()).moved();
        }
    }

    /** Only in histories of earlier builds: votes are recorded in the count's own stream now. */
    @EventSourcingHandler
    void on(ConsentRecordedEvent event) {
        consent.computeIfAbsent(event.matter(), matter -> CountStanding.beforeRoster(rounds.getOrDefault(matter, 0) + 1,
                        households, floorArea))
                .legacy().count(event.ballotKey(), event.choice(), event.exclusiveArea());
    }

    @EventSourcingHandler
    void on(ConsentCountClosedEvent event) {
        consent.computeIfAbsent(event.matter(), matter -> CountStanding.beforeRoster(event.round(), households, floorArea))
                .close(event.passed(), event.round(), event.tally());
        rounds.merge(event.matter(), event.round(), Math::max);
    }

    @EventSourcingHandler
    void on(RosterUnitRecordedEvent event) {
        roster.put(event.unit());
    }

    @EventSourcingHandler
    void on(OwnersRosterImportedEvent event) {
        event.units().forEach(roster::put);
    }

    @EventSourcingHandler
    void on(RosterUnitCorrectedEvent event) {
        roster.put(event.corrected());
    }

    @EventSourcingHandler
    void on(UnitTransferredEvent event) {
        RosterUnit before = roster.unit(event.unit());
        roster.put(before.withOwners(event.newOwners(), false));
    }

    @EventSourcingHandler
    void on(ElevatorConsentOpenedEvent event) {
        elevators.put(event.unit().value(), new ElevatorCount(event.households(), event.exclusiveArea(), event.shaftOwners()));
    }

    /** Only in histories of earlier builds: elevator votes are recorded in the count's own stream now. */
    @EventSourcingHandler
    void on(ElevatorConsentRecordedEvent event) {
        elevators.get(event.unit().value()).register().count(event.owner(), event.choice(), event.exclusiveArea());
    }

    @EventSourcingHandler
    void on(ElevatorConsentClosedEvent event) {
        elevators.get(event.unit().value()).register().close();
    }

    @EventSourcingHandler
    void on(SchemeApprovedEvent event) {
        this.status = CompoundStatus.SCHEME_APPROVED;
    }

    @EventSourcingHandler
    void on(MilestoneReachedEvent event) {
        this.lastMilestone = event.milestone();
        this.lastMilestoneOn = event.reachedOn();
        this.status = event.status();
    }

    @EventSourcingHandler
    void on(LongTermManagementSetUpEvent event) {
        this.status = CompoundStatus.UNDER_LONG_TERM_MANAGEMENT;
    }

    /** A compound weighs its roster in the aggregate cache: one per unit on it. */
    @Override
    public int cacheWeight() {
        return 1 + roster.size();
    }
}

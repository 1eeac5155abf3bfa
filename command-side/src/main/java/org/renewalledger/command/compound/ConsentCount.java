package org.renewalledger.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.CacheWeight;
import org.renewalledger.command.policy.ElevatorConsentPolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.BallotCarried;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RecordElevatorConsentCommand;

/**
 * One consent count in its own event stream: a compound's count on a matter (its rounds one after the other) or
 * the elevator count of one stairwell unit. It holds the electorate frozen from the owners' roster at the opening,
 * each voter's latest vote and the running tally, and decides every vote; the {@link Compound} keeps the lifecycle
 * and the roster, opens and closes its counts (in the same unit of work, through {@link ConsentCounts}) and keeps
 * each count's verdict. Split from the compound because the votes are the hottest and largest part of a compound's
 * history: a vote no longer loads or snapshots the whole compound (docs/LIFECYCLE.md).
 */
@Aggregate(snapshotTriggerDefinition = "consentCountSnapshotTrigger", cache = "consentCountCache")
// Revision 2: the electorate and ballots packed (ElectorRoll); Axon's revision filter passes over revision 1's
// snapshots, and those counts are sourced from their events.
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ConsentCount implements CacheWeight {

    @AggregateIdentifier
    private ConsentCountId countId;
    private JurisdictionCode streetOffice;
    /** The round now counting (or last counted, once closed). */
    private ConsentRegister register;
    private List<OwnerReference> shaftOwners = List.of();

    /** For Axon, which rebuilds the count from its events (or a snapshot), and for the compound opening it. */
    ConsentCount() {
    }

    // ---- decided by the compound, in its unit of work -------------------------------------------------


    /**
     * A round opens over the electorate the compound froze from its roster. The compound opens only a count it sees
     * closed or absent, so finding it open means the compound decided on a stale copy (another process opened it
     * meanwhile): a conflict, which the gateway retries on the compound's fresh state, where it is seen open.
     */
    void open(ConsentElectorateFrozenEvent frozen) {
        if (register != null && !register.closed()) {
            throw new ConcurrencyException("The count " + frozen.countId() + " is already open (round "
                    + register.round() + "): the compound that opens it again decided on a stale copy");
        }
        apply(frozen);
    }

    /** Closes the round now counting and answers its final tally, for the compound to decide on. */
    ConsentTally seal(Instant closedAt) {
        requireOpen();
        ConsentTally tally = register.tally();
        apply(new ConsentBallotsSealedEvent(countId, register.round(), tally, closedAt));
        return tally;
    }

    /** What the elevator policy decides on the tally, with every shaft owner's latest vote (a unit code or an owner). */
    ElevatorConsentPolicy.Decision elevatorVerdict(ElevatorConsentPolicy policy) {
        return policy.evaluate(register.tally(), shaftOwners, this::agrees);
    }

    private boolean agrees(OwnerReference owner) {
        String voter = register.voterFor(owner);
        ConsentRegister.Ballot ballot = voter == null ? null : register.latestOf(voter);
        return ballot != null && ballot.choice() == ConsentChoice.AGREE;
    }

    // ---- votes --------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordConsentCommand command) {
        requireOpen();
        recordVote(command);
    }

    /**
     * A survey sheet of votes: each decided as a single vote would be, in order (a voter listed twice
     * changes their vote); one refusal refuses the whole sheet, since the unit of work rolls back.
     */
    @CommandHandler
    void handle(ImportConsentCommand command) {
        requireOpen();
        command.votes().forEach(this::recordVote);
    }

    /** A vote counts only from the roster: its unit, its voter and its area are the frozen electorate's. */
    private void recordVote(RecordConsentCommand command) {
        ConsentRegister.Placement placement = register.place(command, command.matter());
        boolean earlier = register.latestOf(placement.voter()) != null;
        apply(new ConsentRecordedEvent(countId.compoundId(), command.matter(), placement.owner(), placement.voterArea(),
                command.choice(), command.channel(), command.castAt(), earlier, command.ownerDetails(),
                placement.unit(), placement.voter(), command.proxy()));
    }

    /** An elevator vote names a roster unit of the stairwell (or an owner of one); its area is the roster's. */
    @CommandHandler
    void handle(RecordElevatorConsentCommand command) {
        requireOpen();
        ConsentRegister.Placement placement = register.place(null, command.owner(), command.exclusiveArea(),
                "the elevator count of stairwell unit " + command.unit());
        boolean earlier = register.latestOf(placement.voter()) != null;
        apply(new ElevatorConsentRecordedEvent(countId.compoundId(), command.unit(), command.owner(),
                placement.voterArea(), command.choice(), command.channel(), command.castAt(), earlier));
    }

    private void requireOpen() {
        if (register.closed()) {
            throw new DomainException(ErrorCode.CONSENT_COUNT_CLOSED, "The count " + countId + " is closed (round "
                    + register.round() + "); the tally is final and votes can no longer change");
        }
    }

    /** A count is the street office's whose compound it is, as the compound itself checks (Compound#requireActorCovers). */
    @CommandHandlerInterceptor
    void requireActorCovers(CommandMessage<?> command) {
        Actor actor = Actor.fromMetaData(command.getMetaData());
        if (actor == null || !actor.jurisdiction().covers(streetOffice)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Jurisdiction "
                    + (actor == null ? "(none)" : actor.jurisdiction()) + " does not cover " + streetOffice);
        }
    }

    // ---- state --------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ConsentElectorateFrozenEvent event) {
        this.countId = event.countId();
        this.streetOffice = event.streetOffice();
        this.shaftOwners = event.shaftOwners();
        this.register = ConsentRegister.opened(event.round(), Electorate.of(event.electorate()));
        for (BallotCarried ballot : event.carried()) {
            register.count(ballot.voter(), ballot.choice(), ballot.area());
        }
    }

    @EventSourcingHandler
    void on(ConsentRecordedEvent event) {
        register.count(event.ballotKey(), event.choice(), event.exclusiveArea());
    }

    @EventSourcingHandler
    void on(ElevatorConsentRecordedEvent event) {
        register.count(register.voterFor(event.owner()), event.choice(), event.exclusiveArea());
    }

    /** A sealed round keeps its tally; its electorate and ballots leave memory (and the cache's weight) with it. */
    @EventSourcingHandler
    void on(ConsentBallotsSealedEvent event) {
        register = register.sealed(event.round());
    }

    @Override
    public int cacheWeight() {
        return register == null ? 1 : 1 + register.units();
    }
}

package org.renewalledger.command.funding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.CarriesIdempotencyKey;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.FundEntryKind;
import org.renewalledger.kernel.funding.FundEntryReceipt;
import org.renewalledger.kernel.funding.FundEntryReversedEvent;
import org.renewalledger.kernel.funding.FundEvent;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundsAllocatedDownEvent;
import org.renewalledger.kernel.funding.FundsCommittedEvent;
import org.renewalledger.kernel.funding.FundsReceivedEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;

/**
 * One fund (a source's money for a year at one level: central, province or county). It is the consistency
 * boundary for "never more allocated down than committed and received, never negative": every allocation
 * from the fund is decided here, under Axon's aggregate lock and the event store's sequence check.
 *
 * <p>It has no command handlers of its own: {@link FundAllocator} decides each fund command on this fund and
 * on the receiving fund or project in one unit of work (one transaction), so an allocation down is never
 * recorded on one side only. Its methods check, then {@code apply}; the event sourcing handlers only assign.
 */
@Aggregate
class Fund {

    @AggregateIdentifier
    private FundId fundId;
    private Money committed = Money.ZERO;
    private Money received = Money.ZERO;
    private Money allocated = Money.ZERO;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<IdempotencyKey, FundEvent> entriesByKey = new HashMap<>();

    /**
     * An entry as the fund remembers it: for an allocation down its target and the target's entry, for a
     * receipt the fund above and its entry.
     */
    record Entry(FundEntryKind kind, Money amount, FundId otherFund, ProjectId toProject, String counterpartEntryId,
                 Standing standing) {

        Entry withStanding(Standing newStanding) {
            return new Entry(kind, amount, otherFund, toProject, counterpartEntryId, newStanding);
        }
    }

    enum Standing { COUNTS, REVERSED, REVERSAL }

    /** For Axon, which rebuilds the fund from its events (or creates it for its first entry). */
    Fund() {
    }

    /** Committed and received, not yet allocated down. */
    Money available() {
        return committed.plus(received).minus(allocated);
    }

    /** The entry id the next entry will get: numbered per fund in ledger order, stable across replays. */
    String nextEntryId(FundId id) {
        return id.value() + "-E" + (entries.size() + 1);
    }

    /**
     * The answer already given to this key on this fund, if any; the same key on a different request (or on
     * an entry this fund received from above) is refused, never silently answered with another entry.
     */
    Optional<FundEntryReceipt> firstAnswerTo(CarriesIdempotencyKey command) {
        FundEvent first = entriesByKey.get(command.idempotencyKey());
        if (first == null) {
            return Optional.empty();
        }
        if (!sameRequest(command, first)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key " + command.idempotencyKey()
                    + " already recorded entry " + first.entryId() + " for a different request", "idempotencyKey");
        }
        return Optional.of(new FundEntryReceipt(fundId.value(), first.entryId(), true));
    }

    private static boolean sameRequest(CarriesIdempotencyKey command, FundEvent first) {
        if (command instanceof CommitFundsCommand c && first instanceof FundsCommittedEvent e) {
            return c.amount().equals(e.amount());
        }
        if (command instanceof AllocateFromFundCommand c && first instanceof FundsAllocatedDownEvent e) {
            String target = c.toProject() != null ? c.toProject().value() : c.fundId().below(c.toJurisdiction()).value();
            return c.amount().equals(e.amount()) && target.equals(e.recipient());
        }
        if (command instanceof ReverseFundEntryCommand c && first instanceof FundEntryReversedEvent e) {
            return c.entryId().equals(e.reversedEntryId()) && c.reason().equals(e.reason());
        }
        return false;
    }

    String commit(FundId id, Money amount, IdempotencyKey key) {
        String entryId = nextEntryId(id);
        apply(new FundsCommittedEvent(id, entryId, amount, key));
        return entryId;
    }

    /** Allocated-down never exceeds committed + received: the last fen available may go, one more may not. */
    void requireAvailable(Money amount) {
        if (amount.exceeds(available())) {
            throw new DomainException(ErrorCode.FUND_ALLOCATION_EXCEEDS_AVAILABLE, "Allocating " + amount + " from " + fundId
                    + " exceeds the " + available() + " it has committed and received (" + committed.plus(received)
                    + ") and not yet allocated (" + allocated + ")", "amount");
        }
    }

    String allocateDown(FundId toFund, ProjectId toProject, String toEntryId, Money amount, IdempotencyKey key) {
        requireAvailable(amount);
        String entryId = nextEntryId(fundId);
        apply(new FundsAllocatedDownEvent(fundId, entryId, toFund, toProject, toEntryId, amount, key));
        return entryId;
    }

    /** Records what the fund above allocated here, in that fund's unit of work. */
    String receive(FundId id, FundId from, String fromEntryId, Money amount, IdempotencyKey key) {
        if (entriesByKey.containsKey(key)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key " + key + " already recorded entry "
                    + entriesByKey.get(key).entryId() + " in fund " + id, "idempotencyKey");
        }
        String entryId = nextEntryId(id);
        apply(new FundsReceivedEvent(id, entryId, from, fromEntryId, amount, key));
        return entryId;
    }

    /** The entry a reversal command names, if it may be reversed here (a receipt is reversed by the fund above). */
    Entry reversible(String entryId) {
        Entry entry = existing(entryId);
        if (entry.kind() == FundEntryKind.RECEIPT || entry.standing() == Standing.REVERSAL) {
            throw new DomainException(ErrorCode.ENTRY_NOT_REVERSIBLE, "Entry " + entryId + " is not corrected here: "
                    + (entry.standing() == Standing.REVERSAL ? "reversals are final" : "reverse the allocation in " + entry.otherFund()),
                    "entryId");
        }
        return entry;
    }

    /**
     * Reverses one entry in full by a new entry. Taking back a commitment or a receipt must not leave more
     * allocated down than committed and received: the money would already have gone further down.
     */
    String reverse(String entryId, String reason, IdempotencyKey key, String counterpartEntryId) {
        Entry entry = existing(entryId);
        if (entry.kind() != FundEntryKind.ALLOCATION && entry.amount().exceeds(available())) {
            throw new DomainException(ErrorCode.REVERSAL_WOULD_UNBALANCE_FUND, "Reversing " + entryId + " (" + entry.amount()
                    + ") would leave " + fundId + " with more allocated than committed and received; only " + available()
                    + " is unallocated, reverse the allocations down first", "entryId");
        }
        String reversal = nextEntryId(fundId);
        apply(new FundEntryReversedEvent(fundId, reversal, entryId, entry.kind(), entry.amount(), counterpartEntryId, reason, key));
        return reversal;
    }

    private Entry existing(String entryId) {
        Entry entry = entries.get(entryId);
        if (entry == null) {
            throw new DomainException(ErrorCode.FUND_ENTRY_NOT_FOUND, "Fund " + fundId + " has no entry " + entryId, "entryId");
        }
        if (entry.standing() == Standing.REVERSED) {
            throw new DomainException(ErrorCode.ENTRY_ALREADY_REVERSED, "Entry " + entryId + " is already reversed", "entryId");
        }
        return entry;
    }

    // Event sourcing handlers: assignment only.

    @EventSourcingHandler
    void on(FundsCommittedEvent event) {
        fundId = event.fundId();
        committed = committed.plus(event.amount());
        enter(event, new Entry(FundEntryKind.COMMITMENT, event.amount(), null, null, null, Standing.COUNTS));
    }

    @EventSourcingHandler
    void on(FundsReceivedEvent event) {
        fundId = event.fundId();
        received = received.plus(event.amount());
        enter(event, new Entry(FundEntryKind.RECEIPT, event.amount(), event.fromFund(), null, event.fromEntryId(), Standing.COUNTS));
    }

    @EventSourcingHandler
    void on(FundsAllocatedDownEvent event) {
        allocated = allocated.plus(event.amount());
        enter(event, new Entry(FundEntryKind.ALLOCATION, event.amount(), event.toFund(), event.toProject(), event.toEntryId(),
                Standing.COUNTS));
    }

    @EventSourcingHandler
    void on(FundEntryReversedEvent event) {
        Money back = event.amount().negate();
        switch (event.reversedKind()) {
            case COMMITMENT -> committed = committed.plus(back);
            case RECEIPT -> received = received.plus(back);
            case ALLOCATION -> allocated = allocated.plus(back);
        }
        entries.put(event.reversedEntryId(), entries.get(event.reversedEntryId()).withStanding(Standing.REVERSED));
        enter(event, new Entry(event.reversedKind(), event.amount(), null, null, event.counterpartEntryId(), Standing.REVERSAL));
    }

    private void enter(FundEvent event, Entry entry) {
        entries.put(event.entryId(), entry);
        entriesByKey.put(event.idempotencyKey(), event);
    }
}

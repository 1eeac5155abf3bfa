package org.renewalledger.command.funding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingMilestoneRecordedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.IdempotentCommand;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.renewalledger.kernel.funding.MoneyEntryEvent;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;

/**
 * A project's funding ledger: what each source allocated and disbursed, the milestones that release
 * tranches, and the idempotency keys already processed. It is the consistency boundary for the rule
 * "never more disbursed than allocated, per source": every money command on a project is decided here,
 * one at a time (Axon locks the aggregate in this JVM; the event store's unique (aggregate, sequence) key
 * refuses a concurrent append from another process, which the dispatcher retries on fresh state).
 *
 * <p>Idempotency lives in the aggregate's state: the first entry recorded under each key is remembered,
 * so a repeated command is answered from it without writing, under the same lock and sequence check that
 * guard the money itself.
 */
@Aggregate
class ProjectFunding {

    @AggregateIdentifier
    private ProjectId projectId;
    private JurisdictionCode jurisdiction;
    private int entries;
    private final Map<FundingSource, Money> allocated = new EnumMap<>(FundingSource.class);
    private final Map<FundingSource, Money> disbursed = new EnumMap<>(FundingSource.class);
    private final Map<FundingSource, Integer> tranches = new EnumMap<>(FundingSource.class);
    private final Set<FundingMilestone> milestones = EnumSet.noneOf(FundingMilestone.class);
    private final Map<IdempotencyKey, MoneyEntryEvent> entriesByKey = new HashMap<>();

    /** For Axon, which rebuilds the aggregate from its events (or creates it for a first allocation). */
    ProjectFunding() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LedgerEntryReceipt handle(AllocateFundsCommand command) {
        Optional<LedgerEntryReceipt> first = firstAnswerTo(command);
        if (first.isPresent()) {
            return first.get();
        }
        requireJurisdiction(command.jurisdiction());
        String entryId = nextEntryId(command.projectId());
        apply(new FundsAllocatedEvent(command.projectId(), entryId, command.jurisdiction(), command.source(),
                command.amount(), command.idempotencyKey()));
        return new LedgerEntryReceipt(command.projectId().value(), entryId, false);
    }

    @CommandHandler
    LedgerEntryReceipt handle(DisburseSubsidyCommand command, TranchePolicy tranchePolicy) {
        Optional<LedgerEntryReceipt> first = firstAnswerTo(command);
        if (first.isPresent()) {
            return first.get();
        }
        requireJurisdiction(command.jurisdiction());
        FundingSource source = command.source();
        Money allocatedFromSource = allocated(source);
        Money disbursedAfter = disbursed(source).plus(command.amount());
        if (disbursedAfter.exceeds(allocatedFromSource)) {
            throw new DomainException(ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION,
                    "Disbursing " + command.amount() + " from " + source + " would bring its disbursements to "
                            + disbursedAfter + " of " + allocatedFromSource + " allocated", "amount");
        }
        TranchePolicy.Release release = tranchePolicy.release(milestones, allocatedFromSource);
        if (disbursedAfter.exceeds(release.ceiling())) {
            throw new DomainException(ErrorCode.TRANCHE_NOT_RELEASED,
                    "Disbursing " + command.amount() + " from " + source + " would bring its disbursements to "
                            + disbursedAfter + ", above the " + release.ceiling() + " released (" + release.rule() + ")",
                    "amount");
        }
        String entryId = nextEntryId(projectId);
        apply(new SubsidyDisbursedEvent(projectId, entryId, jurisdiction, source, command.amount(), command.recipient(),
                tranches.getOrDefault(source, 0) + 1, release.rule(), command.idempotencyKey()));
        return new LedgerEntryReceipt(projectId.value(), entryId, false);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordFundingMilestoneCommand command) {
        requireJurisdiction(command.jurisdiction());
        if (milestones.contains(command.milestone())) {
            return; // already known: the lifecycle may report a milestone twice, the ledger records it once
        }
        apply(new FundingMilestoneRecordedEvent(command.projectId(), command.jurisdiction(), command.milestone()));
    }

    /**
     * The answer already given to this key, if any. The same key on a different request is refused, so a
     * caller's mistake (a reused payment reference) never silently returns someone else's entry.
     */
    private Optional<LedgerEntryReceipt> firstAnswerTo(IdempotentCommand command) {
        MoneyEntryEvent first = entriesByKey.get(command.idempotencyKey());
        if (first == null) {
            return Optional.empty();
        }
        if (!sameRequest(command, first)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key " + command.idempotencyKey() + " already recorded entry " + first.entryId()
                            + " for a different request", "idempotencyKey");
        }
        return Optional.of(new LedgerEntryReceipt(projectId.value(), first.entryId(), true));
    }

    private static boolean sameRequest(IdempotentCommand command, MoneyEntryEvent first) {
        if (command instanceof AllocateFundsCommand allocate && first instanceof FundsAllocatedEvent allocated) {
            return allocate.source() == allocated.source() && allocate.amount().equals(allocated.amount())
                    && allocate.jurisdiction().equals(allocated.jurisdiction());
        }
        if (command instanceof DisburseSubsidyCommand disburse && first instanceof SubsidyDisbursedEvent disbursed) {
            return disburse.source() == disbursed.source() && disburse.amount().equals(disbursed.amount())
                    && disburse.recipient().equals(disbursed.recipient())
                    && disburse.jurisdiction().equals(disbursed.jurisdiction());
        }
        return false;
    }

    private void requireJurisdiction(JurisdictionCode requested) {
        if (jurisdiction != null && !jurisdiction.equals(requested)) {
            throw new DomainException(ErrorCode.FUNDING_JURISDICTION_MISMATCH,
                    "Project " + projectId + " is funded under " + jurisdiction + ", not " + requested, "jurisdictionCode");
        }
    }

    /** Entry ids are numbered per project in ledger order, so they are stable across replays. */
    private String nextEntryId(ProjectId project) {
        return project.value() + "-E" + (entries + 1);
    }

    private Money allocated(FundingSource source) {
        return allocated.getOrDefault(source, Money.ZERO);
    }

    private Money disbursed(FundingSource source) {
        return disbursed.getOrDefault(source, Money.ZERO);
    }

    @EventSourcingHandler
    void on(FundsAllocatedEvent event) {
        projectId = event.projectId();
        jurisdiction = event.jurisdiction();
        entries++;
        allocated.merge(event.source(), event.amount(), Money::plus);
        entriesByKey.put(event.idempotencyKey(), event);
    }

    @EventSourcingHandler
    void on(SubsidyDisbursedEvent event) {
        entries++;
        disbursed.merge(event.source(), event.amount(), Money::plus);
        tranches.merge(event.source(), 1, Integer::sum);
        entriesByKey.put(event.idempotencyKey(), event);
    }

    @EventSourcingHandler
    void on(FundingMilestoneRecordedEvent event) {
        projectId = event.projectId();
        jurisdiction = event.jurisdiction();
        milestones.add(event.milestone());
    }
}

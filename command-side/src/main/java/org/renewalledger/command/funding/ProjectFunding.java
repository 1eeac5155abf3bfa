package org.renewalledger.command.funding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.policy.CostSharePolicy;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.ApprovedBudgetRecordedEvent;
import org.renewalledger.kernel.funding.BudgetOverrideRecordedEvent;
import org.renewalledger.kernel.funding.CostFigureRecordedEvent;
import org.renewalledger.kernel.funding.RecordApprovedBudgetCommand;
import org.renewalledger.kernel.funding.RecordBudgetOverrideCommand;
import org.renewalledger.kernel.funding.RecordCostFigureCommand;
import org.renewalledger.kernel.funding.AuditFindingRecordedEvent;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.ExpenditureRecordedEvent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundingLinkedToCompoundEvent;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundsReceivedFromFundEvent;
import org.renewalledger.kernel.funding.LinkFundingToCompoundCommand;
import org.renewalledger.kernel.funding.FundingMilestoneRecordedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.CarriesIdempotencyKey;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.renewalledger.kernel.funding.MoneyEntryEvent;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ResidentContributionRecordedEvent;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.renewalledger.kernel.funding.UtilityCostSharedEvent;

/**
 * A project's funding ledger: per source what was allocated, disbursed, spent and clawed back; the
 * milestones that release tranches; every entry by id; and the idempotency keys already processed. It is
 * the consistency boundary for "never more disbursed than allocated, per source" and "never a negative
 * balance" ({@link SourceBalance#balanced()}): every money command on a project is decided here, one at a
 * time (Axon locks the aggregate in this JVM; the event store's unique (aggregate, sequence) key refuses a
 * concurrent append from another process, which the command gateway retries on fresh state).
 *
 * <p>Idempotency lives in the aggregate's state: the first entry recorded under each key is remembered, so
 * a repeated command is answered from it without writing, under the same lock and sequence check that
 * guard the money itself.
 */
@Aggregate(cache = FundingConfiguration.LEDGER_CACHE)
class ProjectFunding {

    @AggregateIdentifier
    private ProjectId projectId;
    private JurisdictionCode jurisdiction;
    private final Map<FundingSource, SourceBalance> balances = new EnumMap<>(FundingSource.class);
    private final Map<FundingSource, Integer> tranches = new EnumMap<>(FundingSource.class);
    private final Set<FundingMilestone> milestones = EnumSet.noneOf(FundingMilestone.class);
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Money> recoveredByFinding = new HashMap<>();
    private final Map<IdempotencyKey, MoneyEntryEvent> entriesByKey = new HashMap<>();
    private CompoundId compound;
    /** The budget the compound's scheme was approved with; null until the relay tells the ledger. */
    private Money approvedBudget;
    private List<SourceAmount> approvedPlan = List.of();
    private final Map<String, Money> overrides = new HashMap<>();

    /**
     * An entry as the ledger remembers it, so that it can be reversed or clawed back against; {@code fund} names
     * the county fund an allocation came from (such an entry is corrected at the fund, never here).
     */
    private record Entry(EntryKind kind, List<SourceAmount> lines, Standing standing, FundId fund) {

        Entry(EntryKind kind, List<SourceAmount> lines, Standing standing) {
            this(kind, lines, standing, null);
        }

        Entry withStanding(Standing newStanding) {
            return new Entry(kind, lines, newStanding, fund);
        }
    }

    /** Whether an entry still counts, was reversed, or is itself a reversal (which is final). */
    private enum Standing { COUNTS, REVERSED, REVERSAL }

    /** For Axon, which rebuilds the aggregate from its events (or creates it for a first entry). */
    ProjectFunding() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LedgerEntryReceipt handle(AllocateFundsCommand command) {
        requireJurisdiction(command.jurisdiction());
        requireWithinApproval(command.amount(), command.overrideDecisionId());
        return record(new FundsAllocatedEvent(command.projectId(), nextEntryId(command.projectId()), command.jurisdiction(),
                command.source(), command.amount(), command.idempotencyKey()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LedgerEntryReceipt handle(RecordResidentContributionCommand command) {
        requireJurisdiction(command.jurisdiction());
        requireWithinApproval(command.amount(), null);
        return record(new ResidentContributionRecordedEvent(command.projectId(), nextEntryId(command.projectId()),
                command.jurisdiction(), command.amount(), command.households(), command.idempotencyKey()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LedgerEntryReceipt handle(ShareUtilityCostCommand command, CostSharePolicy costShares) {
        requireJurisdiction(command.jurisdiction());
        CostSharePolicy.Split split = costShares.split(command.work(), command.totalCost());
        requireWithinApproval(split.shares().stream().map(SourceAmount::amount).reduce(Money.ZERO, Money::plus), null);
        return record(new UtilityCostSharedEvent(command.projectId(), nextEntryId(command.projectId()), command.jurisdiction(),
                command.work(), command.totalCost(), command.utilityCompany(), split.shares(), split.rule(),
                command.idempotencyKey()));
    }

    @CommandHandler
    LedgerEntryReceipt handle(DisburseSubsidyCommand command, TranchePolicy tranchePolicy) {
        requireJurisdiction(command.jurisdiction());
        FundingSource source = command.source();
        SourceBalance balance = balance(source);
        Money disbursedAfter = balance.netDisbursed().plus(command.amount());
        if (disbursedAfter.exceeds(balance.allocated())) {
            throw new DomainException(ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION,
                    "Disbursing " + command.amount() + " from " + source + " would bring its disbursements to "
                            + disbursedAfter + " of " + balance.allocated() + " allocated", "amount");
        }
        TranchePolicy.Release release = tranchePolicy.release(milestones, balance.allocated());
        if (disbursedAfter.exceeds(release.ceiling())) {
            throw new DomainException(ErrorCode.TRANCHE_NOT_RELEASED,
                    "Disbursing " + command.amount() + " from " + source + " would bring its disbursements to "
                            + disbursedAfter + ", above the " + release.ceiling() + " released (" + release.rule() + ")",
                    "amount");
        }
        return record(new SubsidyDisbursedEvent(projectId, nextEntryId(projectId), jurisdiction, source, command.amount(),
                command.recipient(), tranches.getOrDefault(source, 0) + 1, release.rule(), command.idempotencyKey()));
    }

    @CommandHandler
    LedgerEntryReceipt handle(RecordExpenditureCommand command) {
        requireJurisdiction(command.jurisdiction());
        SourceBalance balance = balance(command.source());
        Money spentAfter = balance.spent().plus(command.amount());
        if (spentAfter.exceeds(balance.netDisbursed())) {
            throw new DomainException(ErrorCode.EXPENDITURE_EXCEEDS_DISBURSEMENT,
                    "Spending " + command.amount() + " from " + command.source() + " would bring its expenditure to "
                            + spentAfter + " of " + balance.netDisbursed() + " disbursed", "amount");
        }
        return record(new ExpenditureRecordedEvent(projectId, nextEntryId(projectId), jurisdiction, command.source(),
                command.amount(), command.payee(), command.purpose(), command.idempotencyKey()));
    }

    @CommandHandler
    LedgerEntryReceipt handle(RecordAuditFindingCommand command) {
        requireJurisdiction(command.jurisdiction());
        return record(new AuditFindingRecordedEvent(projectId, nextEntryId(projectId), jurisdiction, command.source(),
                command.amount(), command.finding(), command.idempotencyKey()));
    }

    @CommandHandler
    LedgerEntryReceipt handle(ClawBackFundsCommand command) {
        requireJurisdiction(command.jurisdiction());
        Entry finding = entries.get(command.findingEntryId());
        if (finding == null || finding.kind() != EntryKind.FINDING) {
            throw new DomainException(ErrorCode.FINDING_NOT_FOUND,
                    "Project " + projectId + " has no audit finding " + command.findingEntryId(), "findingEntryId");
        }
        SourceAmount found = finding.lines().get(0);
        Money outstanding = found.amount().minus(recoveredByFinding.getOrDefault(command.findingEntryId(), Money.ZERO));
        if (command.amount().exceeds(outstanding)) {
            throw new DomainException(ErrorCode.CLAWBACK_EXCEEDS_FINDING,
                    "Clawing back " + command.amount() + " exceeds the " + outstanding + " still outstanding on finding "
                            + command.findingEntryId(), "amount");
        }
        Money held = balance(found.source()).held();
        if (command.amount().exceeds(held)) {
            throw new DomainException(ErrorCode.CLAWBACK_EXCEEDS_HELD_FUNDS,
                    "Clawing back " + command.amount() + " from " + found.source() + " exceeds the " + held
                            + " the implementing entity holds unspent; reverse the ineligible expenditure first", "amount");
        }
        return record(new FundsClawedBackEvent(projectId, nextEntryId(projectId), jurisdiction, command.findingEntryId(),
                found.source(), command.amount(), command.idempotencyKey()));
    }

    @CommandHandler
    LedgerEntryReceipt handle(ReverseEntryCommand command) {
        requireJurisdiction(command.jurisdiction());
        Entry entry = entries.get(command.entryId());
        if (entry != null && entry.fund() != null) {
            throw new DomainException(ErrorCode.ENTRY_NOT_REVERSIBLE, "Entry " + command.entryId() + " came from fund "
                    + entry.fund() + ": reverse that fund's allocation, which takes it back here too", "entryId");
        }
        return reverse(command.entryId(), command.reason(), command.idempotencyKey());
    }

    /**
     * Records money a county fund allocated to this project, in the fund's own unit of work
     * ({@code FundAllocator}); the fund has already decided it may allocate. Returns the project's entry id.
     */
    String receiveFromFund(ProjectId project, JurisdictionCode county, FundId fund, String fundEntryId, Money amount,
                           IdempotencyKey key) {
        requireJurisdiction(county);
        requireWithinApproval(amount, null);
        if (entriesByKey.containsKey(key)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key " + key + " already recorded entry "
                    + entriesByKey.get(key).entryId() + " on project " + project, "idempotencyKey");
        }
        String entryId = nextEntryId(project);
        apply(new FundsReceivedFromFundEvent(project, entryId, county, fund.source(), amount, fund, fundEntryId, key));
        return entryId;
    }

    /** Takes back an allocation the fund made to this project, when the fund reverses it; same guards as any reversal. */
    String reverseFromFund(String entryId, String reason, IdempotencyKey key) {
        return reverse(entryId, reason, key).entryId();
    }

    private LedgerEntryReceipt reverse(String entryId, String reason, IdempotencyKey key) {
        Entry entry = entries.get(entryId);
        if (entry == null) {
            throw new DomainException(ErrorCode.ENTRY_NOT_FOUND, "Project " + projectId + " has no entry " + entryId, "entryId");
        }
        if (entry.standing() == Standing.REVERSED) {
            throw new DomainException(ErrorCode.ENTRY_ALREADY_REVERSED, "Entry " + entryId + " is already reversed", "entryId");
        }
        if (entry.standing() == Standing.REVERSAL || !entry.kind().reversible()) {
            throw new DomainException(ErrorCode.ENTRY_NOT_REVERSIBLE,
                    "Entry " + entryId + " is not corrected by reversal: reversals, findings and clawbacks are final", "entryId");
        }
        for (SourceAmount line : entry.lines()) {
            if (!balance(line.source()).with(entry.kind(), line.amount().negate()).balanced()) {
                throw new DomainException(ErrorCode.REVERSAL_WOULD_UNBALANCE_LEDGER,
                        "Reversing " + entryId + " would leave " + line.source()
                                + " with more disbursed than allocated or more spent than disbursed; reverse the later entries first",
                        "entryId");
            }
        }
        return record(new EntryReversedEvent(projectId, nextEntryId(projectId), jurisdiction, entryId, entry.kind(),
                entry.lines(), reason, key));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LinkFundingToCompoundCommand command) {
        requireJurisdiction(command.jurisdiction());
        if (compound != null && !compound.equals(command.compoundId())) {
            throw new DomainException(ErrorCode.FUNDING_ALREADY_LINKED,
                    "Project " + command.projectId() + " funds compound " + compound + ", not " + command.compoundId(), "compoundId");
        }
        if (compound == null) {
            apply(new FundingLinkedToCompoundEvent(command.projectId(), command.jurisdiction(), command.compoundId()));
        }
    }

    /**
     * The approved budget and funding plan, as the relay read them from the compound's scheme. A later approval
     * (a revised scheme) replaces them; the same figures again change nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordApprovedBudgetCommand command) {
        requireJurisdiction(command.jurisdiction());
        if (command.budget().equals(approvedBudget) && command.plan().equals(approvedPlan)) {
            return;
        }
        apply(new ApprovedBudgetRecordedEvent(command.projectId(), command.jurisdiction(), command.compoundId(),
                command.budget(), command.plan()));
    }

    @CommandHandler
    void handle(RecordBudgetOverrideCommand command, MetaData metaData, EvidenceRegister uploaded) {
        requireJurisdiction(command.jurisdiction());
        uploaded.requireUploaded("document", command.document());
        if (overrides.containsKey(command.decisionId())) {
            throw new DomainException(ErrorCode.BUDGET_OVERRIDE_EXISTS,
                    "Decision " + command.decisionId() + " is already recorded on project " + projectId, "decisionId");
        }
        Actor actor = Actor.fromMetaData(metaData);
        apply(new BudgetOverrideRecordedEvent(projectId, jurisdiction, command.decisionId(), command.amount(),
                command.reason(), command.document(), actor.userId(), actor.role()));
    }

    @CommandHandler
    void handle(RecordCostFigureCommand command, MetaData metaData, EvidenceRegister uploaded) {
        requireJurisdiction(command.jurisdiction());
        Actor actor = Actor.fromMetaData(metaData);
        if (!command.stage().mayBeRecordedBy(actor.role())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Role " + actor.role() + " may not record " + command.stage());
        }
        uploaded.requireUploaded("document", command.document());
        apply(new CostFigureRecordedEvent(projectId, jurisdiction, command.stage(), command.amount(), command.document(),
                command.reference()));
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

    private LedgerEntryReceipt record(MoneyEntryEvent event) {
        apply(event);
        return new LedgerEntryReceipt(projectId.value(), event.entryId(), false);
    }

    /**
     * A money command's idempotency question, answered before its handler decides: a key this ledger already
     * recorded an entry under answers with that first entry and writes nothing; the same key on a different
     * request is refused, so a caller's mistake (a reused payment reference) never silently returns another
     * entry. A new key goes on to the handler. Axon runs this on the loaded ledger, or on the empty one that
     * a first allocation creates.
     */
    @CommandHandlerInterceptor
    Object answerRetry(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (command.getPayload() instanceof CarriesIdempotencyKey keyed && entriesByKey.containsKey(keyed.idempotencyKey())) {
            MoneyEntryEvent first = entriesByKey.get(keyed.idempotencyKey());
            if (!IdempotentRequests.sameRequest(keyed, first)) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key " + keyed.idempotencyKey() + " already recorded entry " + first.entryId()
                                + " for a different request", "idempotencyKey");
            }
            return new LedgerEntryReceipt(projectId.value(), first.entryId(), true);
        }
        return chain.proceed();
    }

    /**
     * Allocations are capped by the approved budget: past it only on a recorded override decision that the
     * allocation names, and never past the budget plus every override recorded. A ledger whose compound's scheme
     * is not yet approved (or not yet linked) has no cap to hold to; the reconciliation flags it.
     */
    private void requireWithinApproval(Money added, String overrideDecisionId) {
        if (approvedBudget == null) {
            return;
        }
        Money after = allocatedTotal().plus(added);
        if (!after.exceeds(approvedBudget)) {
            return;
        }
        if (overrideDecisionId == null) {
            throw new DomainException(ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET,
                    "Allocating " + added + " would bring project " + projectId + " to " + after + ", above its approved budget of "
                            + approvedBudget + "; name a recorded override decision", "amount");
        }
        if (!overrides.containsKey(overrideDecisionId)) {
            throw new DomainException(ErrorCode.BUDGET_OVERRIDE_NOT_FOUND,
                    "Project " + projectId + " has no override decision " + overrideDecisionId, "overrideDecisionId");
        }
        Money cap = overrides.values().stream().reduce(approvedBudget, Money::plus);
        if (after.exceeds(cap)) {
            throw new DomainException(ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET,
                    "Allocating " + added + " would bring project " + projectId + " to " + after + ", above its approved budget and "
                            + "recorded overrides of " + cap, "amount");
        }
    }

    private Money allocatedTotal() {
        return balances.values().stream().map(SourceBalance::allocated).reduce(Money.ZERO, Money::plus);
    }

    private void requireJurisdiction(JurisdictionCode requested) {
        if (jurisdiction != null && !jurisdiction.equals(requested)) {
            throw new DomainException(ErrorCode.FUNDING_JURISDICTION_MISMATCH,
                    "Project " + projectId + " is funded under " + jurisdiction + ", not " + requested, "jurisdictionCode");
        }
    }

    /** Entry ids are numbered per project in ledger order, so they are stable across replays. */
    private String nextEntryId(ProjectId project) {
        return project.value() + "-E" + (entries.size() + 1);
    }

    private SourceBalance balance(FundingSource source) {
        return balances.getOrDefault(source, SourceBalance.EMPTY);
    }

    // Event sourcing handlers: assignment only.

    @EventSourcingHandler
    void on(FundsAllocatedEvent event) {
        open(event.projectId(), event.jurisdiction());
        enter(event, EntryKind.ALLOCATION, List.of(new SourceAmount(event.source(), event.amount())));
    }

    @EventSourcingHandler
    void on(ResidentContributionRecordedEvent event) {
        open(event.projectId(), event.jurisdiction());
        enter(event, EntryKind.ALLOCATION, List.of(new SourceAmount(FundingSource.RESIDENT_CONTRIBUTION, event.amount())));
    }

    @EventSourcingHandler
    void on(UtilityCostSharedEvent event) {
        open(event.projectId(), event.jurisdiction());
        enter(event, EntryKind.ALLOCATION, event.shares());
    }

    @EventSourcingHandler
    void on(SubsidyDisbursedEvent event) {
        enter(event, EntryKind.DISBURSEMENT, List.of(new SourceAmount(event.source(), event.amount())));
        tranches.merge(event.source(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(ExpenditureRecordedEvent event) {
        enter(event, EntryKind.EXPENDITURE, List.of(new SourceAmount(event.source(), event.amount())));
    }

    @EventSourcingHandler
    void on(AuditFindingRecordedEvent event) {
        enter(event, EntryKind.FINDING, List.of(new SourceAmount(event.source(), event.amount())));
    }

    @EventSourcingHandler
    void on(FundsClawedBackEvent event) {
        enter(event, EntryKind.CLAWBACK, List.of(new SourceAmount(event.source(), event.amount())));
        recoveredByFinding.merge(event.findingEntryId(), event.amount(), Money::plus);
    }

    @EventSourcingHandler
    void on(EntryReversedEvent event) {
        entriesByKey.put(event.idempotencyKey(), event);
        Entry reversed = entries.get(event.reversedEntryId());
        entries.put(event.reversedEntryId(), reversed.withStanding(Standing.REVERSED));
        entries.put(event.entryId(), new Entry(event.reversedKind(), event.lines(), Standing.REVERSAL));
        for (SourceAmount line : event.lines()) {
            balances.put(line.source(), balance(line.source()).with(event.reversedKind(), line.amount().negate()));
        }
    }

    @EventSourcingHandler
    void on(FundsReceivedFromFundEvent event) {
        open(event.projectId(), event.jurisdiction());
        List<SourceAmount> lines = List.of(new SourceAmount(event.source(), event.amount()));
        enter(event, EntryKind.ALLOCATION, lines);
        entries.put(event.entryId(), new Entry(EntryKind.ALLOCATION, lines, Standing.COUNTS, event.fundId()));
    }

    @EventSourcingHandler
    void on(FundingLinkedToCompoundEvent event) {
        open(event.projectId(), event.jurisdiction());
        compound = event.compoundId();
    }

    @EventSourcingHandler
    void on(ApprovedBudgetRecordedEvent event) {
        open(event.projectId(), event.jurisdiction());
        approvedBudget = event.budget();
        approvedPlan = event.plan();
    }

    @EventSourcingHandler
    void on(BudgetOverrideRecordedEvent event) {
        overrides.put(event.decisionId(), event.amount());
    }

    @EventSourcingHandler
    void on(FundingMilestoneRecordedEvent event) {
        open(event.projectId(), event.jurisdiction());
        milestones.add(event.milestone());
    }

    private void open(ProjectId project, JurisdictionCode county) {
        projectId = project;
        jurisdiction = county;
    }

    private void enter(MoneyEntryEvent event, EntryKind kind, List<SourceAmount> lines) {
        entries.put(event.entryId(), new Entry(kind, lines, Standing.COUNTS));
        entriesByKey.put(event.idempotencyKey(), event);
        for (SourceAmount line : lines) {
            balances.put(line.source(), balance(line.source()).with(kind, line.amount()));
        }
    }
}

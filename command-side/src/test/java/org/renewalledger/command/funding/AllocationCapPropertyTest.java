package org.renewalledger.command.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.ApprovedBudgetRecordedEvent;
import org.renewalledger.kernel.funding.BudgetOverrideRecordedEvent;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordBudgetOverrideCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.SourceAmount;

/**
 * The invariant of docs/FUNDING.md, over random command sequences: whatever the finance bureau allocates (within
 * the budget, past it naming a real or a made-up override, from any source), whatever overrides the housing bureau
 * records and whichever allocations are reversed, a project's net allocations never exceed its approved budget
 * plus the override decisions recorded.
 */
class AllocationCapPropertyTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final ProjectId PROJECT = ProjectId.of("520523001-001-2026");
    private static final Map<String, ?> FINANCE = new Actor("zhao", Role.FINANCE_BUREAU, COUNTY).asMetaData();
    private static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData();

    /** One step: 0 allocate, 1 allocate naming an override, 2 record an override, 3 reverse an earlier allocation. */
    record Step(int kind, long fen, int pick, FundingSource source) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 600_00), Arbitraries.integers().between(0, 5),
                Arbitraries.of(FundingSource.CENTRAL_SUBSIDY, FundingSource.LOCAL_BUDGET, FundingSource.SPECIAL_BONDS))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void allocatedNeverExceedsTheApprovedBudgetPlusRecordedOverrides(@ForAll("steps") List<Step> steps,
                                                                      @ForAll("budgets") long budgetFen) {
        List<Object> history = new ArrayList<>();
        history.add(new ApprovedBudgetRecordedEvent(PROJECT, COUNTY, CompoundId.of("520523001-001"), Money.ofFen(budgetFen),
                List.of(new SourceAmount(FundingSource.CENTRAL_SUBSIDY, Money.ofFen(budgetFen)))));
        int n = 0;
        for (Step step : steps) {
            n++;
            Object command;
            Map<String, ?> actor = FINANCE;
            List<String> decisions = decisions(history);
            List<String> allocations = liveAllocations(history);
            switch (step.kind()) {
                case 0 -> command = new AllocateFundsCommand(PROJECT, COUNTY, step.source(), Money.ofFen(step.fen()),
                        IdempotencyKey.of("a-" + n));
                case 1 -> command = new AllocateFundsCommand(PROJECT, COUNTY, step.source(), Money.ofFen(step.fen()),
                        IdempotencyKey.of("a-" + n), decisions.isEmpty() || step.pick() == 5 ? "QX-MADE-UP"
                        : decisions.get(step.pick() % decisions.size()));
                case 2 -> {
                    command = new RecordBudgetOverrideCommand(PROJECT, COUNTY, "QX-" + n, Money.ofFen(step.fen()), "调增", null);
                    actor = HOUSING;
                }
                default -> command = allocations.isEmpty()
                        ? new AllocateFundsCommand(PROJECT, COUNTY, step.source(), Money.ofFen(step.fen()), IdempotencyKey.of("a-" + n))
                        : new ReverseEntryCommand(PROJECT, COUNTY, allocations.get(step.pick() % allocations.size()), "更正",
                                IdempotencyKey.of("r-" + n));
            }
            history.addAll(run(history, command, actor));
            assertThat(allocated(history)).as("net allocations after step %d of %s", n, steps)
                    .isLessThanOrEqualTo(budgetFen + overridden(history));
        }
    }

    @Provide
    Arbitrary<Long> budgets() {
        return Arbitraries.longs().between(1, 2_000_00);
    }

    private static List<Object> run(List<Object> history, Object command, Map<String, ?> actor) {
        FixtureConfiguration<ProjectFunding> fixture = new AggregateTestFixture<>(ProjectFunding.class);
        fixture.registerInjectableResource(TranchePolicy.DEFAULT);
        fixture.registerInjectableResource(new EvidenceRegister(stream -> false));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
        List<Object> produced = new ArrayList<>();
        fixture.given(history).when(command, actor).expectEventsMatching(new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                for (Object message : (List<?>) actual) {
                    produced.add(((EventMessage<?>) message).getPayload());
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        });
        return produced;
    }

    private static long allocated(List<Object> history) {
        long fen = 0;
        for (Object event : history) {
            if (event instanceof FundsAllocatedEvent allocated) {
                fen += allocated.amount().fen();
            } else if (event instanceof EntryReversedEvent reversed && reversed.reversedKind() == EntryKind.ALLOCATION) {
                fen -= reversed.lines().stream().mapToLong(line -> line.amount().fen()).sum();
            }
        }
        return fen;
    }

    private static long overridden(List<Object> history) {
        return history.stream().filter(BudgetOverrideRecordedEvent.class::isInstance)
                .mapToLong(event -> ((BudgetOverrideRecordedEvent) event).amount().fen()).sum();
    }

    private static List<String> decisions(List<Object> history) {
        return history.stream().filter(BudgetOverrideRecordedEvent.class::isInstance)
                .map(event -> ((BudgetOverrideRecordedEvent) event).decisionId()).toList();
    }

    private static List<String> liveAllocations(List<Object> history) {
        List<String> live = new ArrayList<>();
        for (Object event : history) {
            if (event instanceof FundsAllocatedEvent allocated) {
                live.add(allocated.entryId());
            } else if (event instanceof EntryReversedEvent reversed) {
                live.remove(reversed.reversedEntryId());
            }
        }
        return live;
    }
}

package org.renewalledger.command.policy;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.FundingMilestone;

/**
 * How much of a source's allocation may have been disbursed at the milestones a project has reached
 * (tranche gating). Each gate releases a cumulative share of the allocation once all its milestones are
 * reached; the highest such gate applies. Default: nothing before construction starts, 60% after it, 90%
 * after completion acceptance, and the last tranche (100%) only after completion acceptance and final
 * accounts.
 *
 * <p>Rounding rule: a released share is rounded <em>down</em> to the whole fen
 * ({@code floor(allocated × percent / 100)}), so the policy never releases more than its percentage; a
 * 100% gate releases the allocation exactly.
 */
public record TranchePolicy(String version, List<Gate> gates) {

    public static final TranchePolicy DEFAULT = new TranchePolicy("tranche-2026.1", List.of(
            new Gate("construction started", Set.of(FundingMilestone.CONSTRUCTION_STARTED), 60),
            new Gate("completion accepted", Set.of(FundingMilestone.COMPLETION_ACCEPTED), 90),
            new Gate("completion accepted and final accounts submitted",
                    Set.of(FundingMilestone.COMPLETION_ACCEPTED, FundingMilestone.FINAL_ACCOUNTS_SUBMITTED), 100)));

    public TranchePolicy {
        Objects.requireNonNull(version, "version");
        gates = List.copyOf(gates);
    }

    /** A gate: once every milestone in {@code requires} is reached, {@code percent} of the allocation is released. */
    public record Gate(String name, Set<FundingMilestone> requires, int percent) {

        public Gate {
            Objects.requireNonNull(name, "name");
            requires = Set.copyOf(requires);
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("A gate releases between 0 and 100 percent, got " + percent);
            }
        }
    }

    /** What the policy releases: the cumulative ceiling and the rule that set it, quoted in events and refusals. */
    public record Release(Money ceiling, String rule) {
    }

    public Release release(Set<FundingMilestone> reached, Money allocated) {
        return gates.stream()
                .filter(gate -> reached.containsAll(gate.requires()))
                .max(Comparator.comparingInt(Gate::percent))
                .map(gate -> new Release(share(allocated, gate.percent()),
                        version + ": " + gate.percent() + "% of the allocation after " + gate.name()))
                .orElseGet(() -> new Release(Money.ZERO, version + ": no tranche before " + firstGateName()));
    }

    /** floor(allocated × percent / 100), exact for any amount (BigInteger, so no overflow). */
    static Money share(Money allocated, int percent) {
        BigInteger fen = BigInteger.valueOf(allocated.fen()).multiply(BigInteger.valueOf(percent))
                .divide(BigInteger.valueOf(100));
        return Money.ofFen(fen.longValueExact());
    }

    private String firstGateName() {
        return gates.stream().min(Comparator.comparingInt(Gate::percent)).map(Gate::name).orElse("any milestone");
    }
}

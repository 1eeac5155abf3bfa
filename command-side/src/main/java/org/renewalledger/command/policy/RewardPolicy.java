package org.renewalledger.command.policy;

import java.util.Optional;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.review.Reward;

/**
 * Which reward to propose for a unit's published month (the seeds name 表彰 and 资金倾斜 for units that do well, and
 * give no threshold; the thresholds here are a jurisdiction's choice): a month graded EXCELLENT and not lagging
 * proposes a commendation; {@code priorityFundingAfter} such months in a row propose priority funding instead.
 * Versioned, and named in the proposals it makes.
 */
public record RewardPolicy(String version, int priorityFundingAfter) {

    public static final RewardPolicy DEFAULT = new RewardPolicy("rewards-2026.1", 3);

    public RewardPolicy {
        if (version == null || priorityFundingAfter < 1) {
            throw new IllegalArgumentException("A reward policy has a version and counts at least one month");
        }
    }

    /** The reward proposed and the rule that fired, quoted in the event. */
    public record Proposal(Reward reward, String rule) {
    }

    /** The reward for a month of {@code grade}, lagging or not, with {@code excellentRunning} excellent months in a row up to it. */
    public Optional<Proposal> propose(Grade grade, boolean lagging, int excellentRunning) {
        if (grade != Grade.EXCELLENT || lagging) {
            return Optional.empty();
        }
        if (excellentRunning >= priorityFundingAfter) {
            return Optional.of(new Proposal(Reward.PRIORITY_FUNDING,
                    version + ": excellent " + excellentRunning + " months running (≥ " + priorityFundingAfter + ")"));
        }
        return Optional.of(new Proposal(Reward.COMMENDATION, version + ": excellent"));
    }
}

package org.renewalledger.kernel.review;

import java.util.List;

/** The rewards proposed on units' standings, latest month first; {@code status} PROPOSED, WITHDRAWN, GRANTED or DECLINED. */
public record RewardProposals(List<Proposal> proposals) {

    public record Proposal(String unitId, String unitKind, String assessingJurisdiction, String month, int issue, String reward,
                           int excellentRunning, String rule, String status, String decisionNote) {
    }
}

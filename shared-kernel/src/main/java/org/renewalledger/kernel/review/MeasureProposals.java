package org.renewalledger.kernel.review;

import java.util.List;

/** The ladder's proposals, latest month first. */
public record MeasureProposals(List<Proposal> proposals) {

    public record Proposal(String unitId, String unitKind, String assessingJurisdiction, String month, int issue,
                           String measure, int lagRunning, int lagInYear, String rule, boolean withdrawn) {
    }
}

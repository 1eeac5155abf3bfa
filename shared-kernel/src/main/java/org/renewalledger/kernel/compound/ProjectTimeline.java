package org.renewalledger.kernel.compound;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a project, in order: one entry per lifecycle event with who did it and when. Individual
 * votes are in the consent tally, not here, so the timeline of a 3,000-household compound stays readable.
 */
public record ProjectTimeline(String compoundId, List<Entry> entries) {

    public record Entry(long sequence, String event, String summary, Instant occurredAt, String actorId,
                        String actorRole, String policyVersion) {
    }
}

package org.renewalledger.kernel.compound;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a project, in order: one entry per lifecycle event with who did it and when. Individual
 * votes are in the consent tally, not here, so the timeline of a 3,000-household compound stays readable.
 * An entry whose claimed date was reported late ({@code backdated}: beyond the policy's grace) or into an assessment
 * month already closed ({@code inClosedMonth}) is flagged, with the reason given; {@code attachments} are the hashes
 * of the evidence files its event names ({@code GET /api/evidence/{hash}}).
 */
public record ProjectTimeline(String compoundId, List<Entry> entries) {

    public record Entry(long sequence, String event, String summary, Instant occurredAt, String actorId,
                        String actorRole, String policyVersion, boolean backdated, boolean inClosedMonth,
                        String backdatingReason, List<String> attachments) {

        public Entry {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** An entry with no claimed date to flag and no attachments. */
        public Entry(long sequence, String event, String summary, Instant occurredAt, String actorId, String actorRole,
                     String policyVersion) {
            this(sequence, event, summary, occurredAt, actorId, actorRole, policyVersion, false, false, null, List.of());
        }
    }
}

package org.renewalledger.kernel.assessment;

import java.time.Instant;
import java.util.List;

/** One published issue of a month's assessment as the read model keeps it: the frozen results and who published them when. */
public record PublishedIssue(int issue, String eventId, String eventType, Instant recordedAt, String actorId,
                             String actorRole, String indicatorPolicy, String reason, List<UnitResult> results) {
}

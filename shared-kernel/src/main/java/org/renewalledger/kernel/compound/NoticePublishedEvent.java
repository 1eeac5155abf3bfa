package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * The scheme was posted from {@code startsOn}; {@code lastDay} is its {@code workingDays}-th working day on
 * the official holiday calendar, so the notice has fully run once that day is over. Revision 2 adds how the
 * claimed {@code startsOn} stood against the day it was recorded ({@code dateClaim}) and the evidence attached.
 */
@Revision("2")
public record NoticePublishedEvent(CompoundId compoundId, LocalDate startsOn, int workingDays, LocalDate lastDay,
                                   DateClaim dateClaim, List<EvidenceHash> attachments)
        implements CompoundEvent {

    public NoticePublishedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public NoticePublishedEvent(CompoundId compoundId, LocalDate startsOn, int workingDays, LocalDate lastDay) {
        this(compoundId, startsOn, workingDays, lastDay, DateClaim.ON_TIME, List.of());
    }
}

package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The scheme was posted from {@code startsOn}; {@code lastDay} is its {@code workingDays}-th working day on
 * the official holiday calendar, so the notice has fully run once that day is over.
 */
@Revision("1")
public record NoticePublishedEvent(CompoundId compoundId, LocalDate startsOn, int workingDays, LocalDate lastDay)
        implements CompoundEvent {
}

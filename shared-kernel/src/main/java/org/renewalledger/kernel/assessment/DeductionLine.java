package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/** An item deduction (扣分项) of a unit's month, with the policy's points (hundredths) and the events behind it. */
public record DeductionLine(String item, ReportTimeliness timeliness, LocalDate dueOn, int points, List<FactRef> facts) {
}

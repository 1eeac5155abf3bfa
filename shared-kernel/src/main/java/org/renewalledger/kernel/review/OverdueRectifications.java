package org.renewalledger.kernel.review;

import java.time.LocalDate;
import java.util.List;

/** Rectification orders past their deadline as of {@code asOf} (today in Beijing), most overdue first. */
public record OverdueRectifications(LocalDate asOf, List<Overdue> overdue) {

    public record Overdue(String caseId, String unitId, String unitKind, String requirement, LocalDate deadline,
                          long daysOverdue, String status) {
    }
}

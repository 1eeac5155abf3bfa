package org.renewalledger.kernel.assessment;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A closed month's assessment was explicitly reissued (issue 2, 3, …), with the reason stated. */
@Revision("1")
public record MonthlyAssessmentReissuedEvent(
        String assessmentId,
        JurisdictionCode jurisdiction,
        YearMonth month,
        int issue,
        List<UnitResult> results,
        String indicatorPolicy,
        String reason) implements MonthlyAssessmentPublished {
}

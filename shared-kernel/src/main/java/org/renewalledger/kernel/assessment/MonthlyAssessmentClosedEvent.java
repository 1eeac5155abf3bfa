package org.renewalledger.kernel.assessment;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A month's assessment was closed and its ranking frozen (issue 1). */
@Revision("1")
public record MonthlyAssessmentClosedEvent(
        String assessmentId,
        JurisdictionCode jurisdiction,
        YearMonth month,
        int issue,
        List<UnitResult> results,
        String indicatorPolicy) implements MonthlyAssessmentPublished {
}

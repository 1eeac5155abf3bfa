package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/** The month's assessment of a jurisdiction, with report timeliness judged as of {@code today} (Beijing date). */
public record FindMonthlyAssessmentQuery(JurisdictionCode jurisdiction, YearMonth month, LocalDate today) {

    public FindMonthlyAssessmentQuery {
        Require.present("jurisdiction", jurisdiction);
        Require.present("month", month);
        Require.present("today", today);
    }
}

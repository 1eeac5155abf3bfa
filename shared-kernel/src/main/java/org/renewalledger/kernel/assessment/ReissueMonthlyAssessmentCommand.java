package org.renewalledger.kernel.assessment;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/** Reissues a closed month's assessment with the results of today's data, for the reason stated (更正重发). */
public record ReissueMonthlyAssessmentCommand(
        @TargetAggregateIdentifier String assessmentId,
        JurisdictionCode jurisdiction,
        YearMonth month,
        List<UnitResult> results,
        String indicatorPolicy,
        String reason) implements JurisdictionScoped {

    public ReissueMonthlyAssessmentCommand {
        Require.present("jurisdiction", jurisdiction);
        Require.present("month", month);
        Require.present("indicatorPolicy", indicatorPolicy);
        results = List.copyOf(Require.present("results", results));
        reason = Require.text("reason", reason, 500);
        if (assessmentId == null) {
            assessmentId = CloseMonthlyAssessmentCommand.idOf(jurisdiction, month);
        }
    }

    public ReissueMonthlyAssessmentCommand(JurisdictionCode jurisdiction, YearMonth month, List<UnitResult> results,
                                           String indicatorPolicy, String reason) {
        this(null, jurisdiction, month, results, indicatorPolicy, reason);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}

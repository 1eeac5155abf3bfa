package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Closes a month's assessment, freezing the results given. The HTTP layer fills {@code results} from the
 * live assessment read model (the same computation every reader sees); the aggregate re-grades and re-ranks
 * the scores under {@code indicatorPolicy} and refuses results that disagree. {@code closedOn} is today's
 * Beijing date from the server's clock.
 */
public record CloseMonthlyAssessmentCommand(
        @TargetAggregateIdentifier String assessmentId,
        JurisdictionCode jurisdiction,
        YearMonth month,
        List<UnitResult> results,
        String indicatorPolicy,
        LocalDate closedOn) implements JurisdictionScoped {

    public CloseMonthlyAssessmentCommand {
        Require.present("jurisdiction", jurisdiction);
        Require.present("month", month);
        Require.present("indicatorPolicy", indicatorPolicy);
        Require.present("closedOn", closedOn);
        results = List.copyOf(Require.present("results", results));
        if (assessmentId == null) {
            assessmentId = idOf(jurisdiction, month);
        }
    }

    public CloseMonthlyAssessmentCommand(JurisdictionCode jurisdiction, YearMonth month, List<UnitResult> results,
                                         String indicatorPolicy, LocalDate closedOn) {
        this(null, jurisdiction, month, results, indicatorPolicy, closedOn);
    }

    /** One assessment stream per assessing jurisdiction and month: one close, then ordered reissues. */
    public static String idOf(JurisdictionCode jurisdiction, YearMonth month) {
        return "assessment-" + jurisdiction.value() + "-" + month;
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}

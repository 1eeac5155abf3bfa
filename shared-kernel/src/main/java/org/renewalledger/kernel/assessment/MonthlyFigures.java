package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * What a unit reports in its 月报, cumulative for the year to the end of the month. The assessment scores the
 * events themselves, not these self-reported figures; they are kept for the record and shown beside them.
 */
public record MonthlyFigures(int compoundsStarted, int compoundsCompleted, int households, Money fundsSpent, String summary) {

    public MonthlyFigures {
        if (compoundsStarted < 0 || compoundsCompleted < 0 || households < 0) {
            throw DomainException.invalid("figures", "Reported counts cannot be negative");
        }
        Require.present("fundsSpent", fundsSpent);
        if (fundsSpent.isNegative()) {
            throw DomainException.invalid("fundsSpent", "Reported spending cannot be negative");
        }
        summary = summary == null ? null : Require.text("summary", summary, 2000);
    }
}

package org.renewalledger.kernel.review;

import org.renewalledger.kernel.common.DomainException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Take a measure against the unit: self-criticism, admonishment talk, circular of criticism, or a point deduction (then {@code pointsHundredths} > 0, e.g. 50 = 0.5 points). Accountability is a referral, not a measure issued here. */
public record IssueMeasureCommand(@TargetAggregateIdentifier CaseId caseId, Measure measure, String note, int pointsHundredths) {

    public IssueMeasureCommand {
        Require.present("caseId", caseId);
        Require.present("measure", measure);
        note = Require.text("note", note, 2000);
        if (measure == Measure.ACCOUNTABILITY) {
            throw DomainException.invalid("measure", "Accountability is a referral: use the referral of the case");
        }
        if (measure == Measure.POINT_DEDUCTION ? pointsHundredths <= 0 || pointsHundredths > 10_000 : pointsHundredths != 0) {
            throw DomainException.invalid("points", "A point deduction takes between 0.01 and 100 points; other measures take none");
        }
    }
}

package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Record a unit's line of a published monthly assessment (issue 1 = the close, 2, 3, … = reissues) on the
 * unit's standing, which proposes the ladder's next measure. Sent by the escalation ladder's tracking
 * handler for every published assessment; a repeat of an issue already recorded changes nothing.
 */
public record RecordPublishedStandingCommand(@TargetAggregateIdentifier StandingId standingId, ResponsibleUnit unit,
                                             JurisdictionCode assessingJurisdiction, String assessmentId, YearMonth month,
                                             int issue, int rank, boolean lagging, Grade grade) implements JurisdictionScoped {

    public RecordPublishedStandingCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        Require.present("month", month);
        standingId = StandingId.of(assessingJurisdiction, unit);
    }

    public RecordPublishedStandingCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, String assessmentId,
                                          YearMonth month, int issue, int rank, boolean lagging, Grade grade) {
        this(null, unit, assessingJurisdiction, assessmentId, month, issue, rank, lagging, grade);
    }

    /** Without a grade: the ladder alone, no reward proposed. */
    public RecordPublishedStandingCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, String assessmentId,
                                          YearMonth month, int issue, int rank, boolean lagging) {
        this(null, unit, assessingJurisdiction, assessmentId, month, issue, rank, lagging, null);
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}

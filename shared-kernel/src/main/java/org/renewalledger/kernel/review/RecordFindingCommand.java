package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Record a finding on a unit's work, opening a review case under the assessing jurisdiction (whose
 * discipline office, housing bureau or auditors may do so). {@code month}: the assessed month, if any.
 */
public record RecordFindingCommand(@TargetAggregateIdentifier CaseId caseId, ResponsibleUnit unit,
                                   JurisdictionCode assessingJurisdiction, String finding, YearMonth month)
        implements JurisdictionScoped {

    public RecordFindingCommand {
        Require.present("caseId", caseId);
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        finding = Require.text("finding", finding, 2000);
        if (!assessingJurisdiction.covers(unit.jurisdiction())) {
            throw DomainException.invalid("unitId", "Unit " + unit.id() + " is not inside " + assessingJurisdiction);
        }
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}

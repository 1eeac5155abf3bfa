package org.renewalledger.kernel.review;

import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The stream of one unit's published standings within one assessing jurisdiction (its ranking), on which
 * the escalation ladder counts lagging months: {@code standing-520523-520523001}.
 */
public record StandingId(String value) {

    public static StandingId of(JurisdictionCode assessingJurisdiction, ResponsibleUnit unit) {
        return new StandingId("standing-" + assessingJurisdiction.value() + "-" + unit.id());
    }

    @Override
    public String toString() {
        return value;
    }
}

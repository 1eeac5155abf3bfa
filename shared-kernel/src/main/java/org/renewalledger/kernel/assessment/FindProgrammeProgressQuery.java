package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/** A unit's programme progress in an assessing jurisdiction, as of {@code today} (Beijing date). */
public record FindProgrammeProgressQuery(JurisdictionCode jurisdiction, String unitId, LocalDate today) {

    public FindProgrammeProgressQuery {
        Require.present("jurisdiction", jurisdiction);
        Require.present("unitId", unitId);
        Require.present("today", today);
    }
}

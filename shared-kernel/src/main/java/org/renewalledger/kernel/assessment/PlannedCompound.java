package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/** A compound named in an annual plan, with its batch. */
public record PlannedCompound(CompoundId compoundId, PlanTier tier) {

    public PlannedCompound {
        Require.present("compoundId", compoundId);
        Require.present("tier", tier);
    }
}

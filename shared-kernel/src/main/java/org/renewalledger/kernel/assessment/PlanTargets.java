package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.Money;

/** What a unit is to deliver in a plan year (年度改造任务). */
public record PlanTargets(
        int compoundsToStart,
        int compoundsToComplete,
        int buildings,
        int households,
        Area floorArea,
        Money fundsToSpend) {
}

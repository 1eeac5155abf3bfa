package org.renewalledger.kernel.funding;

import java.util.Set;
import org.renewalledger.kernel.common.Role;

/**
 * The figures an auditor follows a project's cost through, in order: each later one should not exceed the one
 * before (the reconciliation flags where it does). Each is recorded by the office whose document it is.
 */
public enum CostStage {
    /** 财政评审: the finance bureau's review of the budget. */
    BUDGET_REVIEW(Set.of(Role.FINANCE_BUREAU)),
    /** 施工合同: the contract price the implementing entity signed. */
    CONTRACT(Set.of(Role.IMPLEMENTING_ENTITY, Role.HOUSING_BUREAU)),
    /** 竣工决算: the final accounts the implementing entity submits. */
    FINAL_ACCOUNTS(Set.of(Role.IMPLEMENTING_ENTITY, Role.HOUSING_BUREAU)),
    /** 审计结算: the settlement as audited. */
    AUDITED_SETTLEMENT(Set.of(Role.AUDITOR));

    private final Set<Role> recordedBy;

    CostStage(Set<Role> recordedBy) {
        this.recordedBy = recordedBy;
    }

    public boolean mayBeRecordedBy(Role role) {
        return recordedBy.contains(role);
    }
}

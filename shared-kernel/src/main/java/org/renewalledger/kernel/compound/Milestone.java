package org.renewalledger.kernel.compound;

import java.util.EnumSet;
import java.util.Set;
import org.renewalledger.kernel.common.Role;

/**
 * The delivery steps after approval, in the only order they may happen (docs/DOMAIN.md, "Lifecycle" 7–9):
 * each names the stage it moves the project to and the roles that record it. They share one command
 * because they share one rule (the next step, by the responsible party); what differs is data here.
 */
public enum Milestone {
    /** 纳入年度改造计划 */
    ENTERED_ANNUAL_PLAN(CompoundStatus.PLANNED, EnumSet.of(Role.HOUSING_BUREAU)),
    /** 设计审查 */
    DESIGN_REVIEWED(CompoundStatus.IN_PREPARATION, EnumSet.of(Role.HOUSING_BUREAU)),
    /** 财评 (budget review) */
    BUDGET_REVIEWED(CompoundStatus.IN_PREPARATION, EnumSet.of(Role.HOUSING_BUREAU, Role.FINANCE_BUREAU)),
    /** 招投标 */
    TENDERED(CompoundStatus.IN_PREPARATION, EnumSet.of(Role.IMPLEMENTING_ENTITY)),
    /** 施工合同 */
    CONTRACTED(CompoundStatus.IN_PREPARATION, EnumSet.of(Role.IMPLEMENTING_ENTITY)),
    /** 开工 */
    CONSTRUCTION_STARTED(CompoundStatus.UNDER_CONSTRUCTION, EnumSet.of(Role.IMPLEMENTING_ENTITY)),
    /** 竣工验收, by a joint team including residents' representatives */
    COMPLETION_ACCEPTED(CompoundStatus.COMPLETED, EnumSet.of(Role.HOUSING_BUREAU)),
    /** 竣工决算 */
    FINAL_ACCOUNTS_SUBMITTED(CompoundStatus.COMPLETED, EnumSet.of(Role.IMPLEMENTING_ENTITY)),
    /** 结算审计 */
    SETTLEMENT_AUDITED(CompoundStatus.SETTLED, EnumSet.of(Role.AUDITOR)),
    /** 归档移交 */
    HANDED_OVER(CompoundStatus.HANDED_OVER, EnumSet.of(Role.HOUSING_BUREAU));

    private final CompoundStatus reaches;
    private final Set<Role> recordedBy;

    Milestone(CompoundStatus reaches, Set<Role> recordedBy) {
        this.reaches = reaches;
        this.recordedBy = recordedBy;
    }

    public CompoundStatus reaches() {
        return reaches;
    }

    public boolean mayBeRecordedBy(Role role) {
        return recordedBy.contains(role) || role == Role.ADMINISTRATOR;
    }

    /** The milestone that must come right before this one; {@code null} for the first. */
    public Milestone previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}

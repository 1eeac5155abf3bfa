package org.renewalledger.kernel.funding;

/**
 * The kinds of ledger entry, after the IATI transaction types (docs/DOMAIN.md, "Money"). Resident contributions
 * and utility cost shares are allocations from their sources.
 */
public enum EntryKind {
    /** Money made available to the project from a source (资金下达, 居民出资, 管线单位分担). */
    ALLOCATION,
    /** Paid to the implementing entity (拨付). */
    DISBURSEMENT,
    /** Spent by the implementing entity (支出). */
    EXPENDITURE,
    /** Returned to the source after an audit finding (追回). */
    CLAWBACK,
    /** An auditor's finding on an amount (审计发现); moves no money by itself. */
    FINDING;

    /** Allocations, disbursements and expenditures are corrected by reversing entries; findings and clawbacks are not. */
    public boolean reversible() {
        return this == ALLOCATION || this == DISBURSEMENT || this == EXPENDITURE;
    }
}

package org.renewalledger.kernel.funding;

/**
 * The levels of government a fund is held at, top down (docs/DOMAIN.md, "Money": central → province → county →
 * project → contractor). Funds exist at the first three; below the county, money sits in project ledgers and
 * leaves them as the implementing entity's payments to contractors.
 */
public enum FundLevel {
    /** 中央 */
    CENTRAL,
    /** 省 */
    PROVINCE,
    /** 县/区 */
    COUNTY;

    /** The level a fund at this level allocates to; {@code null} for a county fund, which allocates to projects. */
    public FundLevel below() {
        return this == COUNTY ? null : values()[ordinal() + 1];
    }
}

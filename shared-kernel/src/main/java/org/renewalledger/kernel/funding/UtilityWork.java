package org.renewalledger.kernel.funding;

/** Pipeline works whose cost is shared between a utility company and the public purse (docs/DOMAIN.md, "Money"). */
public enum UtilityWork {
    /** 通信管线迁改 */
    TELECOM_RELOCATION,
    /** 广电管线迁改 */
    CABLE_TV_RELOCATION,
    /** 居民共有供电线路（含一户一表） */
    COMMON_POWER_LINES,
    /** 供水 */
    WATER_SUPPLY,
    /** 供气 */
    GAS_SUPPLY,
    /** 管沟、箱柜土建 */
    DUCT_CIVIL_WORKS
}

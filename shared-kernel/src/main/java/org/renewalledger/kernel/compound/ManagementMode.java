package org.renewalledger.kernel.compound;

/** Who manages the compound after handover (长效管理). */
public enum ManagementMode {
    /** 业主委员会 / 自治管理 */
    OWNERS_SELF_MANAGEMENT,
    /** 物业服务企业 */
    PROPERTY_COMPANY,
    /** 托底管理 by the street office or a state company, until one of the others takes over */
    TRANSITIONAL
}

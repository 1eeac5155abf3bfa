package org.renewalledger.kernel.compound;

/** The residents' own organisation that must exist before works ("先自治后整治"). */
public enum SelfGovernanceKind {
    /** 业主委员会 */
    OWNERS_COMMITTEE,
    /** 自管小组 / 楼栋长制: a self-governance group where no committee exists */
    SELF_GOVERNANCE_GROUP
}

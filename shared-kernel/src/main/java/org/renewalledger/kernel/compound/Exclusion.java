package org.renewalledger.kernel.compound;

/** Why a surveyed compound is outside the programme whatever its age (docs/DOMAIN.md, "Survey"). */
public enum Exclusion {
    /** 纳入拆迁计划: slated for demolition */
    SLATED_FOR_DEMOLITION,
    /** 棚户区改造: in shanty-town redevelopment */
    SHANTY_TOWN_REDEVELOPMENT,
    /** 自建房: a self-built housing area */
    SELF_BUILT_HOUSING,
    /** 城中村: an urban village */
    URBAN_VILLAGE
}

package org.renewalledger.kernel.compound;

/** The four classes of the renovation catalogue (docs/DOMAIN.md, "Renovation catalogue"). */
public enum RenovationCategory {
    /** 基础类: water, power, gas, roads, drainage, fire safety, … */
    BASIC,
    /** 完善类: facades, energy saving, elevators, parking, … */
    IMPROVEMENT,
    /** 提升类: elderly care, childcare, clinics, smart community, … */
    UPGRADE,
    /** 治理类: self-governance and management systems */
    GOVERNANCE
}

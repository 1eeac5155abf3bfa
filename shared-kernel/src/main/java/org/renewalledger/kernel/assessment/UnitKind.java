package org.renewalledger.kernel.assessment;

/**
 * What kind of responsible unit is assessed. Departments (county bureaus) sit one step higher on the
 * escalation ladder than street offices (docs/DOMAIN.md, "Performance assessment and accountability").
 */
public enum UnitKind {
    /** 街道办事处 / 乡镇: its id is its nine-digit division code. */
    STREET_OFFICE,
    /** A county department (住建局, 财政局, …): its id is {@code <county code>-<ROLE>}, e.g. {@code 520523-HOUSING_BUREAU}. */
    DEPARTMENT,
    /** A county or district assessed by its city or province: its id is its six-digit division code. */
    COUNTY
}

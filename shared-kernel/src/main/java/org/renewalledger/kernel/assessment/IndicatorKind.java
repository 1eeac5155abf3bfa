package org.renewalledger.kernel.assessment;

/** The indicators a unit's month is scored on, each measured against what the schedule makes due by month end. */
public enum IndicatorKind {
    /** 开工: compounds whose construction started (lifecycle milestone CONSTRUCTION_STARTED). */
    STARTS("开工小区"),
    /** 完工: compounds whose completion was accepted (COMPLETION_ACCEPTED). */
    COMPLETIONS("完工小区"),
    /** 惠及户数: households of the compounds started. */
    HOUSEHOLDS("惠及户数"),
    /** 资金支出: money disbursed to the unit's projects (net of reversals and clawbacks), in fen. */
    FUNDS("资金支出"),
    /** 改造楼栋: buildings of the compounds started (the seeds' 栋数 targets). */
    BUILDINGS("改造楼栋"),
    /** 改造面积: floor area of the compounds started, in whole square metres (the seeds' 建筑面积 targets). */
    FLOOR_AREA("改造面积"),
    /** 满意度: residents satisfied of those surveyed, over the latest survey of each completed compound. */
    SATISFACTION("满意度");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    /** The Chinese name used in exports. */
    public String label() {
        return label;
    }
}

package org.renewalledger.local.demo;

import static org.renewalledger.kernel.compound.CompoundStatus.APPLIED;
import static org.renewalledger.kernel.compound.CompoundStatus.COMPLETED;
import static org.renewalledger.kernel.compound.CompoundStatus.HANDED_OVER;
import static org.renewalledger.kernel.compound.CompoundStatus.IN_PREPARATION;
import static org.renewalledger.kernel.compound.CompoundStatus.NOTICE_PUBLISHED;
import static org.renewalledger.kernel.compound.CompoundStatus.PLANNED;
import static org.renewalledger.kernel.compound.CompoundStatus.SCHEME_APPROVED;
import static org.renewalledger.kernel.compound.CompoundStatus.SCHEME_SUBMITTED;
import static org.renewalledger.kernel.compound.CompoundStatus.SETTLED;
import static org.renewalledger.kernel.compound.CompoundStatus.SURVEYED;
import static org.renewalledger.kernel.compound.CompoundStatus.UNDER_CONSTRUCTION;
import static org.renewalledger.kernel.compound.CompoundStatus.UNDER_LONG_TERM_MANAGEMENT;
import static org.renewalledger.kernel.compound.CompoundStatus.WISHES_SURVEYED;

import java.math.BigDecimal;
import java.util.List;
import org.renewalledger.kernel.compound.CompoundStatus;

/**
 * The demo county's programme: 金沙县 (520523) with three street offices and fifteen compounds, 1,806
 * households, 150 buildings and about 140,000 m² — the size of one year of the seeds' county plan ("小区片区
 * 15个、楼栋150栋、1800户、建筑面积14万平方米"). At least one compound stands at every stage of the lifecycle.
 * Two more street offices have annual plans only ({@link #PLANS}), so the monthly ranking can name lagging units.
 * The compounds and everyone acting on them are invented.
 */
final class DemoProgramme {

    static final String COUNTY = "520523";
    static final DemoStreetOffice GUCHANG = new DemoStreetOffice("520523001", "鼓场街道");
    static final DemoStreetOffice XILUO = new DemoStreetOffice("520523002", "西洛街道");
    static final DemoStreetOffice YANKONG = new DemoStreetOffice("520523003", "岩孔街道");

    /** Two more street offices, with annual plans but no compounds registered yet: behind their schedules from the start. */
    static final DemoStreetOffice SHAHE = new DemoStreetOffice("520523004", "沙河街道");
    static final DemoStreetOffice LONGXI = new DemoStreetOffice("520523005", "龙溪街道");

    static final List<DemoStreetOffice> STREET_OFFICES = List.of(GUCHANG, XILUO, YANKONG);

    /**
     * The year's plans of the five street offices, scored under the default policy (docs/DASHBOARD-UI.md): 鼓场
     * and 西洛 on or near their schedule, 优秀; 岩孔 (its two first compounds, 向阳 and 西河湾, not started, its
     * report missing), 龙溪 and 沙河 (no compound yet) 0.00 不合格 and lagging, all of their due starts missing.
     */
    static final List<DemoPlan> PLANS = List.of(
            new DemoPlan(GUCHANG, 5, 4, 50, 654, "49686.00", true),
            new DemoPlan(XILUO, 2, 0, 24, 400, "24444.00", true),
            new DemoPlan(YANKONG, 2, 0, 25, 306, "24174.00", false),
            new DemoPlan(SHAHE, 3, 1, 30, 300, "24000.00", true),
            new DemoPlan(LONGXI, 2, 0, 20, 200, "16000.00", true));

    /** The review case the discipline office opens on the bottom unit of the closed month. */
    static final DemoStreetOffice REVIEWED = SHAHE;

    static final List<DemoCompound> COMPOUNDS = List.of(
            compound("520523001-D01", "幸福里小区", GUCHANG, 1992, 12, 168, "13104.00", UNDER_LONG_TERM_MANAGEMENT),
            compound("520523001-D02", "桂花园小区", GUCHANG, 1996, 10, 132, "10296.00", HANDED_OVER),
            compound("520523001-D03", "建设路小区", GUCHANG, 1988, 8, 96, "7008.00", SETTLED),
            compound("520523001-D04", "红旗新村", GUCHANG, 1985, 14, 186, "13950.00", COMPLETED),
            compound("520523001-D05", "粮食局家属院", GUCHANG, 1990, 6, 72, "5328.00", UNDER_CONSTRUCTION),
            compound("520523002-D01", "电力宿舍", XILUO, 1994, 9, 108, "8532.00", UNDER_CONSTRUCTION),
            compound("520523002-D02", "东风小区", XILUO, 1993, 15, 204, "15912.00", UNDER_CONSTRUCTION),
            compound("520523002-D03", "文化路小区", XILUO, 1997, 11, 140, "11060.00", IN_PREPARATION),
            compound("520523002-D04", "育才巷小区", XILUO, 1989, 7, 84, "6300.00", PLANNED),
            compound("520523002-D05", "交通局宿舍", XILUO, 1995, 8, 100, "7900.00", SCHEME_APPROVED),
            compound("520523003-D01", "向阳小区", YANKONG, 1991, 13, 156, "12324.00", NOTICE_PUBLISHED),
            compound("520523003-D02", "西河湾小区", YANKONG, 1998, 12, 150, "11850.00", SCHEME_SUBMITTED),
            compound("520523003-D03", "岩孔老街小区", YANKONG, 1986, 9, 90, "6840.00", APPLIED),
            compound("520523003-D04", "税务宿舍", YANKONG, 1999, 6, 60, "4620.00", WISHES_SURVEYED),
            compound("520523003-D05", "百货公司家属区", YANKONG, 1987, 10, 60, "4560.00", SURVEYED));

    private DemoProgramme() {
    }

    private static DemoCompound compound(String id, String name, DemoStreetOffice office, int builtYear, int buildings,
                                         int households, String floorArea, CompoundStatus reaches) {
        return new DemoCompound(id, name, office, builtYear, buildings, households, new BigDecimal(floorArea), reaches);
    }
}

package org.renewalledger.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.renewalledger.kernel.compound.CompoundStatus;

/**
 * One compound of the demo programme and the stage the demo takes it to. Names are invented; sizes follow
 * the seeds' county plan (about 120 households, 10 buildings and 9,300 m² a compound).
 */
record DemoCompound(String compoundId, String name, DemoStreetOffice office, int builtYear, int buildings,
                    int households, BigDecimal floorArea, CompoundStatus reaches) {

    /** Works at about 300 yuan a square metre (basic, improvement and upgrade items together), whole yuan. */
    BigDecimal budget() {
        return floorArea.multiply(BigDecimal.valueOf(300)).setScale(0, RoundingMode.DOWN);
    }

    /** Every owner's exclusive area: the floor area shared evenly, rounded down to the square centimetre. */
    BigDecimal areaPerOwner() {
        return floorArea.divide(BigDecimal.valueOf(households), 2, RoundingMode.DOWN);
    }

    boolean reached(CompoundStatus stage) {
        return reaches.compareTo(stage) >= 0;
    }
}

package org.renewalledger.query.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Allocated and disbursed fen, summed exactly, with spending progress (支出进度 = disbursed ÷ allocated) as a
 * percentage rounded down to 0.01, so a dashboard never shows a project further along than it is.
 */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private long allocatedFen;
    private long disbursedFen;

    void add(String entryType, long fen) {
        switch (entryType) {
            case "ALLOCATION" -> allocatedFen = Math.addExact(allocatedFen, fen);
            case "DISBURSEMENT" -> disbursedFen = Math.addExact(disbursedFen, fen);
            default -> { } // milestones carry no money
        }
    }

    BigDecimal allocated() {
        return yuan(allocatedFen);
    }

    BigDecimal disbursed() {
        return yuan(disbursedFen);
    }

    BigDecimal available() {
        return yuan(Math.subtractExact(allocatedFen, disbursedFen));
    }

    /** Null while nothing is allocated: progress against nothing is not zero, it is undefined. */
    BigDecimal progressPercent() {
        if (allocatedFen == 0) {
            return null;
        }
        return BigDecimal.valueOf(disbursedFen).multiply(HUNDRED).divide(BigDecimal.valueOf(allocatedFen), 2, RoundingMode.DOWN);
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen).divide(HUNDRED, 2, RoundingMode.UNNECESSARY);
    }
}

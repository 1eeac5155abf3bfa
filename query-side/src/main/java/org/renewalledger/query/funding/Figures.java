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
    private long grossDisbursedFen;
    private long clawedBackFen;
    private long spentFen;

    /** Adds one ledger line; reversals arrive as negative amounts of the kind they reverse. */
    void add(String entryType, long fen) {
        switch (entryType) {
            case "ALLOCATION" -> allocatedFen = Math.addExact(allocatedFen, fen);
            case "DISBURSEMENT" -> grossDisbursedFen = Math.addExact(grossDisbursedFen, fen);
            case "CLAWBACK" -> clawedBackFen = Math.addExact(clawedBackFen, fen);
            case "EXPENDITURE" -> spentFen = Math.addExact(spentFen, fen);
            default -> { } // findings and milestones move no money
        }
    }

    BigDecimal allocated() {
        return yuan(allocatedFen);
    }

    /** Paid to the implementing entity and not clawed back. */
    BigDecimal disbursed() {
        return yuan(netDisbursedFen());
    }

    BigDecimal clawedBack() {
        return yuan(clawedBackFen);
    }

    BigDecimal spent() {
        return yuan(spentFen);
    }

    /** Allocated and not (net) disbursed. */
    BigDecimal available() {
        return yuan(Math.subtractExact(allocatedFen, netDisbursedFen()));
    }

    private long netDisbursedFen() {
        return Math.subtractExact(grossDisbursedFen, clawedBackFen);
    }

    /** Null while nothing is allocated: progress against nothing is not zero, it is undefined. */
    BigDecimal progressPercent() {
        if (allocatedFen == 0) {
            return null;
        }
        return BigDecimal.valueOf(netDisbursedFen()).multiply(HUNDRED).divide(BigDecimal.valueOf(allocatedFen), 2, RoundingMode.DOWN);
    }

    boolean sameAs(Figures other) {
        return allocatedFen == other.allocatedFen && grossDisbursedFen == other.grossDisbursedFen
                && clawedBackFen == other.clawedBackFen && spentFen == other.spentFen;
    }

    @Override
    public String toString() {
        return "allocated " + allocated() + ", disbursed " + disbursed() + ", clawed back " + clawedBack() + ", spent " + spent();
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen).divide(HUNDRED, 2, RoundingMode.UNNECESSARY);
    }
}

package org.renewalledger.command.funding;

import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.EntryKind;

/**
 * One source's money on a project. The ledger is balanced when 0 ≤ spent ≤ net disbursed ≤ allocated:
 * nobody pays out more than was allocated, spends more than was paid, or holds a negative balance.
 */
record SourceBalance(Money allocated, Money disbursed, Money clawedBack, Money spent) {

    static final SourceBalance EMPTY = new SourceBalance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Paid to the implementing entity and not recovered. */
    Money netDisbursed() {
        return disbursed.minus(clawedBack);
    }

    /** Paid to the implementing entity and not yet spent: what a clawback can recover. */
    Money held() {
        return netDisbursed().minus(spent);
    }

    /** The balance after an entry of {@code kind}; a negative amount takes an entry back (a reversal). */
    SourceBalance with(EntryKind kind, Money amount) {
        return switch (kind) {
            case ALLOCATION -> new SourceBalance(allocated.plus(amount), disbursed, clawedBack, spent);
            case DISBURSEMENT -> new SourceBalance(allocated, disbursed.plus(amount), clawedBack, spent);
            case CLAWBACK -> new SourceBalance(allocated, disbursed, clawedBack.plus(amount), spent);
            case EXPENDITURE -> new SourceBalance(allocated, disbursed, clawedBack, spent.plus(amount));
            case FINDING -> this;
        };
    }

    boolean balanced() {
        return !spent.isNegative() && !spent.exceeds(netDisbursed()) && !netDisbursed().exceeds(allocated);
    }
}

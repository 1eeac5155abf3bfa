package org.renewalledger.kernel.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan held as whole fen (分), so that every sum and split is exact (never a {@code double}).
 * Amounts carry a sign so that ledgers can hold reversing entries; guards decide where negatives are
 * allowed. Arithmetic overflow throws rather than wraps.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses yuan with at most two decimals; more precision is refused rather than silently rounded. */
    public static Money ofYuan(BigDecimal yuan) {
        if (yuan == null) {
            throw DomainException.invalid("amount", "The amount is required");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("amount", "Give amounts in yuan with at most two decimals (fen)");
        }
        try {
            return new Money(yuan.multiply(FEN_PER_YUAN).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw DomainException.invalid("amount", "The amount is too large");
        }
    }

    public static Money ofYuan(String yuan) {
        try {
            return ofYuan(new BigDecimal(yuan));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("amount", "Not an amount in yuan: " + yuan);
        }
    }

    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen).divide(FEN_PER_YUAN, 2, RoundingMode.UNNECESSARY);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return "¥" + yuan().toPlainString();
    }
}

package org.renewalledger.kernel.common;

import java.math.BigDecimal;

/**
 * An amount of yuan held as whole fen, so sums are exact (never a {@code double}). Negative amounts exist
 * (a difference, a reversing entry); whether one is allowed is the caller's rule.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses yuan with at most two decimals (fen); more is refused rather than rounded. */
    public static Money ofYuan(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw DomainException.invalid("amount", "An amount in yuan is required");
        }
        try {
            BigDecimal value = new BigDecimal(yuan.strip());
            if (value.stripTrailingZeros().scale() > 2) {
                throw DomainException.invalid("amount", "Give amounts in yuan with at most two decimals (fen)");
            }
            return new Money(value.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalid("amount", "Not an amount in yuan: " + yuan);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
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

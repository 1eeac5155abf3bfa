package org.renewalledger.command.policy;

/**
 * A share that a part must reach of a whole, as an exact fraction: "以上" (at least, ≥) is inclusive,
 * "过半数" (more than, >) is strict. Compared by cross-multiplying whole numbers, never as a decimal, so
 * exactly two thirds of 300 owners is 200 and not 199.99….
 */
public record Threshold(long numerator, long denominator, boolean inclusive) {

    public static final Threshold AT_LEAST_TWO_THIRDS = atLeast(2, 3);
    public static final Threshold AT_LEAST_THREE_QUARTERS = atLeast(3, 4);
    public static final Threshold MORE_THAN_HALF = moreThan(1, 2);
    public static final Threshold AT_LEAST_ONE_TENTH = atLeast(1, 10);

    public Threshold {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("A threshold is a fraction between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    public static Threshold atLeast(long numerator, long denominator) {
        return new Threshold(numerator, denominator, true);
    }

    public static Threshold moreThan(long numerator, long denominator) {
        return new Threshold(numerator, denominator, false);
    }

    /** Whether {@code part / whole} reaches this share. A whole of zero reaches nothing. */
    public boolean isMetBy(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        int comparison = Long.compare(Math.multiplyExact(part, denominator), Math.multiplyExact(numerator, whole));
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    @Override
    public String toString() {
        return (inclusive ? "≥ " : "> ") + numerator + "/" + denominator;
    }
}

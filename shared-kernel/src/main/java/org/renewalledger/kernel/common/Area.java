package org.renewalledger.kernel.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A floor area, held as whole square centimetres so that sums and shares are exact (never a
 * {@code double}). Surveys give square metres with at most two decimals, which fit exactly.
 */
public record Area(long squareCentimetres) implements Comparable<Area> {

    private static final BigDecimal CM2_PER_M2 = BigDecimal.valueOf(10_000);

    public Area {
        if (squareCentimetres < 0) {
            throw DomainException.invalid("floorArea", "An area cannot be negative");
        }
    }

    /** Parses square metres; more than two decimals is refused rather than silently rounded. */
    public static Area ofSquareMetres(BigDecimal squareMetres) {
        return ofSquareMetres("floorArea", squareMetres);
    }

    /** As {@link #ofSquareMetres(BigDecimal)}, a refusal naming {@code field}, the request field the area came in. */
    public static Area ofSquareMetres(String field, BigDecimal squareMetres) {
        String area = "floorArea".equals(field) ? "floor area" : "area";
        if (squareMetres == null) {
            throw DomainException.invalid(field, "The " + area + " is required");
        }
        if (squareMetres.signum() < 0) {
            throw DomainException.invalid(field, "An area cannot be negative");
        }
        if (squareMetres.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field, "Give the " + area + " in m² with at most two decimals");
        }
        try {
            return new Area(squareMetres.multiply(CM2_PER_M2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw DomainException.invalid(field, "The " + area + " is too large");
        }
    }

    public static Area ofSquareMetres(String squareMetres) {
        return ofSquareMetres(new BigDecimal(squareMetres));
    }

    public BigDecimal squareMetres() {
        return BigDecimal.valueOf(squareCentimetres).divide(CM2_PER_M2, 2, RoundingMode.UNNECESSARY);
    }

    public Area plus(Area other) {
        return new Area(Math.addExact(squareCentimetres, other.squareCentimetres));
    }

    @Override
    public int compareTo(Area other) {
        return Long.compare(squareCentimetres, other.squareCentimetres);
    }

    /** Square metres with two decimals, or all four when a sum of exact areas needs them (never rounded). */
    @Override
    public String toString() {
        BigDecimal exact = BigDecimal.valueOf(squareCentimetres, 4).stripTrailingZeros();
        return (exact.scale() <= 2 ? exact.setScale(2) : exact).toPlainString() + " m²";
    }
}

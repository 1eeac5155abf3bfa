package org.renewalledger.kernel.common;

import java.util.regex.Pattern;

/**
 * A national administrative division code (行政区划代码): six digits for a province, city or county
 * ({@code 520000}, {@code 520500}, {@code 520523}), nine for a street office or township
 * ({@code 520523001}), twelve for a community. A code covers every code that shares its significant
 * prefix, which is how jurisdiction scoping works.
 */
public record JurisdictionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(\\d{3}(\\d{3})?)?");

    public JurisdictionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("jurisdictionCode",
                    "An administrative division code has 6, 9 or 12 digits, got: " + value);
        }
    }

    public static JurisdictionCode of(String value) {
        return new JurisdictionCode(value);
    }

    /** Parses an input field, naming that field when the value is missing or malformed. */
    public static JurisdictionCode parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " is required");
        }
        try {
            return new JurisdictionCode(value);
        } catch (DomainException e) {
            throw DomainException.invalid(field, e.getMessage());
        }
    }

    /** True when {@code other} lies inside this division (or is this division). */
    public boolean covers(JurisdictionCode other) {
        return other.value.startsWith(prefix());
    }

    /**
     * A county-level (县/区) code: six digits that name a county, not a province or city. (Not named
     * {@code isCounty…}: serializers would take that for a property and store it in every event.)
     */
    public boolean denotesCounty() {
        return value.length() == 6 && !value.endsWith("00");
    }

    /** A street office or township (街道/乡镇) code. */
    public boolean denotesStreetOffice() {
        return value.length() == 9;
    }

    /**
     * The digits every code inside this division starts with. Six-digit codes pad provinces and cities
     * with zeros: 520000 covers 52…, 520500 covers 5205….
     */
    public String prefix() {
        if (value.length() != 6) {
            return value;
        }
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        if (value.endsWith("00")) {
            return value.substring(0, 4);
        }
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

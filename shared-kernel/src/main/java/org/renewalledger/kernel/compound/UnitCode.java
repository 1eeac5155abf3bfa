package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * An exclusive part (专有部分) of the compound as the owners' roster names it, as the housing registry writes it:
 * usually building-stairwell-room, e.g. {@code 3-2-501}; some registries number rooms without stairwells
 * ({@code 4-12}). Never a name or an ID number, because events live forever.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,39}");

    public UnitCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("unit", "A unit code is 1 to 40 letters, digits, '-' or '_', e.g. 3-2-501 (building-stairwell-room)");
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** Whether the text reads as a unit code: older clients name the unit in the vote's owner field. */
    public static boolean matches(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The stairwell unit (单元) of a building-stairwell-room code, or null where the code has another form. */
    public StairwellUnit stairwell() {
        String[] parts = value.split("-");
        return parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && parts[1].length() <= 8
                && parts[0].length() <= 8 ? new StairwellUnit(parts[0] + "-" + parts[1]) : null;
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

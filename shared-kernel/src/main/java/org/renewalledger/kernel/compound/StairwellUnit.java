package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/** A stairwell unit (单元) of a building, e.g. {@code 3-2}: building 3, unit 2. Elevators are decided per unit. */
public record StairwellUnit(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{1,8}-[0-9A-Za-z]{1,8}");

    public StairwellUnit {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("unit", "A stairwell unit is building-unit, e.g. 3-2");
        }
    }

    public static StairwellUnit of(String value) {
        return new StairwellUnit(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * A household's owner as the compound's register knows them: a unit reference such as {@code 3-2-501}
 * (building-stairwell-room), never a name or ID number, because events live forever.
 */
public record OwnerReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,39}");

    public OwnerReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("owner",
                    "An owner reference is a unit code of 1 to 40 letters, digits, '-' or '_' (e.g. 3-2-501)");
        }
    }

    public static OwnerReference of(String value) {
        return new OwnerReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

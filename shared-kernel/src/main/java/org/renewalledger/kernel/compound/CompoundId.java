package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/** A compound's code from the survey, e.g. {@code 520523001-007}; it identifies the compound's event stream. */
public record CompoundId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{2,63}");

    public CompoundId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("compoundId",
                    "A compound code is 3 to 64 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static CompoundId of(String value) {
        return new CompoundId(value);
    }

    /** Parses an input field; a missing code gets a message that says so rather than a format lecture. */
    public static CompoundId parse(String value) {
        return new CompoundId(Require.text("compoundId", value, 64));
    }

    /** Axon keys event streams by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}

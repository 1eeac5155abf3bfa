package org.renewalledger.kernel.funding;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/** A decision's number as the deciding office writes it (文号-like: letters, digits, '-', '_', '/'), 1 to 64 characters. */
final class DecisionIds {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_/-]{0,63}");

    private DecisionIds() {
    }

    static String require(String field, String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid(field, "A decision id is 1 to 64 letters, digits, '-', '_' or '/', got: " + value);
        }
        return value;
    }
}

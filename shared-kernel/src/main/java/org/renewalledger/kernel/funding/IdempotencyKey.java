package org.renewalledger.kernel.funding;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * The caller's own reference for one money movement (a payment order number, a voucher number). A money
 * command sent again with the same key is answered with the first result and records nothing new.
 */
public record IdempotencyKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:/-]{0,99}");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("idempotencyKey",
                    "An idempotency key is 1 to 100 letters, digits or . _ : / -, starting with a letter or digit");
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

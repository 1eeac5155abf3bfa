package org.renewalledger.kernel.privacy;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * A resident's personal data in clear: name, phone number, national ID number (each optional). It exists
 * only in memory, on the way into the vault and on the way out to an authorised reader; it is never put
 * into an event, a read model, a search index or a log ({@link #toString()} says nothing).
 */
public record ResidentDetails(String name, String phone, String idNumber) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{4,19}");
    /** 居民身份证号码: 17 digits and a check character (digit or X). */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    public ResidentDetails {
        name = name == null ? null : Require.name("ownerName", name, 60);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.invalid("phone", "A phone number is 5 to 20 digits, '-' allowed, optionally after '+'");
        }
        if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
            throw DomainException.invalid("idNumber", "A national ID number is 17 digits and a check digit or X");
        }
    }

    /** Null when the request carried none of the three. */
    public static ResidentDetails ofOptional(String name, String phone, String idNumber) {
        return name == null && phone == null && idNumber == null ? null : new ResidentDetails(name, phone, idNumber);
    }

    @Override
    public String toString() {
        return "ResidentDetails[redacted]";
    }
}

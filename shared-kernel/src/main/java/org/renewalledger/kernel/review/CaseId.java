package org.renewalledger.kernel.review;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/** A disciplinary review case's number, chosen by the office that opens it (e.g. {@code DC-2026-017}). */
public record CaseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{2,63}");

    public CaseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("caseId", "A case number is 3 to 64 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static CaseId of(String value) {
        return new CaseId(value);
    }

    /** Axon keys event streams by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}

package org.renewalledger.kernel.funding;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * A renovation project's code (one compound's scheme, "one compound, one scheme"), e.g.
 * {@code 520523001-001-2026}; it identifies the project's funding ledger stream.
 */
public record ProjectId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{2,63}");

    public ProjectId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("projectId",
                    "A project code is 3 to 64 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    public static ProjectId parse(String value) {
        return new ProjectId(Require.text("projectId", value, 64));
    }

    /** Axon keys event streams by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}

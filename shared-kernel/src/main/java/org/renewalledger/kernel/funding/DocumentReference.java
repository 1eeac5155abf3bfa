package org.renewalledger.kernel.funding;

import java.util.Locale;
import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * A document a command rests on, named by the SHA-256 of its bytes in the evidence store (64 hex characters, kept
 * lower case): the hash goes into the event, so the audit chain covers the document too.
 */
public final class DocumentReference {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private DocumentReference() {
    }

    public static String require(String field, String value) {
        String hash = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (hash == null || !SHA_256.matcher(hash).matches()) {
            throw DomainException.invalid(field, "A document is referenced by its SHA-256: 64 hexadecimal characters");
        }
        return hash;
    }

    public static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : require(field, value);
    }
}

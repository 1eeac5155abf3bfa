package org.renewalledger.kernel.evidence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * An uploaded attachment (photo, PDF, scan), named by the SHA-256 of its bytes in lower-case hex: the name is the
 * content, so an event that carries it pins exactly that file, and the audit chain over the event covers it.
 */
public record EvidenceHash(String value) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceHash {
        if (value == null || !SHA_256.matcher(value).matches()) {
            throw DomainException.invalid("attachments", "An attachment is named by the SHA-256 of its bytes "
                    + "(64 hexadecimal digits), got: " + value);
        }
    }

    /** Parses what a client sent, in either case. */
    public static EvidenceHash parse(String value) {
        return new EvidenceHash(value == null ? null : value.strip().toLowerCase(Locale.ROOT));
    }

    /** A request's list of attachments: absent means none; each named once. */
    public static List<EvidenceHash> parseAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(EvidenceHash::parse).distinct().toList();
    }

    /** The stream that records the file's upload: one per content. */
    public String streamId() {
        return "evidence-" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}

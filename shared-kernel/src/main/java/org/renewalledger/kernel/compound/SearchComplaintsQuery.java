package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;

/** Full-text search over works complaints (Chinese included), optionally within one jurisdiction. */
public record SearchComplaintsQuery(String text, String withinJurisdiction, int size) {

    public SearchComplaintsQuery {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("q", "Give some text to search for");
        }
        if (text.length() > 100) {
            throw DomainException.invalid("q", "The search text is longer than 100 characters");
        }
        if (size < 1 || size > 100) {
            throw DomainException.invalid("size", "size must be between 1 and 100");
        }
        text = text.strip();
    }
}

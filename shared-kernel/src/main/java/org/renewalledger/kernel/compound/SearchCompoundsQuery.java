package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;

/**
 * Full-text search over compound names (Chinese included), optionally within one jurisdiction; answered
 * with a {@link CompoundSearchResult}.
 */
public record SearchCompoundsQuery(String text, String withinJurisdiction, int size) {

    public static final int MAX_SIZE = 100;

    public SearchCompoundsQuery {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("q", "Give some text to search for");
        }
        if (text.length() > 100) {
            throw DomainException.invalid("q", "The search text is longer than 100 characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        text = text.strip();
    }
}

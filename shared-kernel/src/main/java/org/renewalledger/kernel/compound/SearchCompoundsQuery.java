package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Full-text search over compound names (Chinese included), optionally within one jurisdiction; answered
 * with a {@link CompoundSearchResult}.
 */
public record SearchCompoundsQuery(String text, String withinJurisdiction, int size) {

    public static final int MAX_SIZE = 100;

    public SearchCompoundsQuery {
        text = Require.text("q", text, 100);
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}

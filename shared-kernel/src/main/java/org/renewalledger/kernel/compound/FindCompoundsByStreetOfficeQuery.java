package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A street office's compounds, ordered by code, one page at a time; answered with a {@link CompoundPage}. */
public record FindCompoundsByStreetOfficeQuery(JurisdictionCode streetOffice, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public FindCompoundsByStreetOfficeQuery {
        if (page < 0) {
            throw DomainException.invalid("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}

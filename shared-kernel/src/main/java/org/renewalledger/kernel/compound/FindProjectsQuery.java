package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * Projects inside a jurisdiction (a county or a street office), optionally at one stage, ordered by code,
 * one page at a time; answered with a {@link CompoundPage}.
 */
public record FindProjectsQuery(JurisdictionCode within, CompoundStatus status, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public FindProjectsQuery {
        if (within == null) {
            throw DomainException.invalid("within", "Name the county or street office to list");
        }
        if (page < 0) {
            throw DomainException.invalid("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}

package org.renewalledger.kernel.review;

import org.renewalledger.kernel.common.JurisdictionCode;

/** The review cases of units inside {@code within}; only those not closed or referred when {@code openOnly}. */
public record FindReviewCasesQuery(JurisdictionCode within, boolean openOnly) {
}

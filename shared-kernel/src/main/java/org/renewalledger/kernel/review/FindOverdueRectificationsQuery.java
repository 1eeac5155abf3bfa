package org.renewalledger.kernel.review;

import org.renewalledger.kernel.common.JurisdictionCode;

/** Rectification orders of units inside {@code within} whose deadline has passed without accepted evidence. */
public record FindOverdueRectificationsQuery(JurisdictionCode within) {
}

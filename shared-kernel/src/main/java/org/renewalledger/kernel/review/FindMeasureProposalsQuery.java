package org.renewalledger.kernel.review;

import org.renewalledger.kernel.common.JurisdictionCode;

/** The escalation ladder's standing proposals for units inside {@code within} (withdrawn ones too, when asked). */
public record FindMeasureProposalsQuery(JurisdictionCode within, boolean includeWithdrawn) {
}

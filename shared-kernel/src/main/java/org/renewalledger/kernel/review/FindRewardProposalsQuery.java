package org.renewalledger.kernel.review;

import org.renewalledger.kernel.common.JurisdictionCode;

/** The rewards proposed for units inside {@code within}, with their decisions; withdrawn ones only when asked. */
public record FindRewardProposalsQuery(JurisdictionCode within, boolean includeWithdrawn) {
}

package org.renewalledger.kernel.access;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.funding.ProjectId;

/** A unit's contract on a project ended; {@code reason} says why. */
@Revision("1")
public record ContractorUnboundEvent(ProjectId projectId, JurisdictionCode jurisdiction, String contractorId, String reason) {
}

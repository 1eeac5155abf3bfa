package org.renewalledger.kernel.access;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;

/** A unit is contracted on a project (and so on its compound) in {@code role}. */
@Revision("1")
public record ContractorBoundEvent(ProjectId projectId, JurisdictionCode jurisdiction, CompoundId compoundId,
                                   String contractorId, Role role) {
}

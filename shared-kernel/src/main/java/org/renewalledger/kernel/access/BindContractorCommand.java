package org.renewalledger.kernel.access;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;

/**
 * The housing bureau records that a unit (by the user id it signs in with) is contracted on a project (合同签订),
 * as its implementing entity or utility: from then on it may act on that project and its compound, and on no other.
 * The project is one compound's scheme, named here so that the compound's own commands (milestones, progress)
 * are bound too.
 */
public record BindContractorCommand(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        CompoundId compoundId,
        String contractorId,
        Role role) implements JurisdictionScoped {

    /** The roles that act only on the projects they are contracted on. */
    public static final Set<Role> CONTRACTED_ROLES = Set.of(Role.IMPLEMENTING_ENTITY, Role.UTILITY_COMPANY);

    public BindContractorCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("compoundId", compoundId);
        contractorId = BoundUserId.check("contractorId", contractorId);
        Require.present("role", role);
        if (!CONTRACTED_ROLES.contains(role)) {
            throw DomainException.invalid("role", "A contract binds an implementing entity or a utility, not " + role);
        }
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return ContractRegisterId.of(projectId);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}

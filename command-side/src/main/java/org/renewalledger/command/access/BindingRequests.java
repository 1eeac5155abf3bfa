package org.renewalledger.command.access;

import java.util.Arrays;
import org.renewalledger.kernel.access.BindContractorCommand;
import org.renewalledger.kernel.access.BindOwnersCommitteeCommand;
import org.renewalledger.kernel.access.UnbindContractorCommand;
import org.renewalledger.kernel.access.UnbindOwnersCommitteeCommand;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;

/** The JSON bodies of the binding commands; checks live in the commands. */
final class BindingRequests {

    private BindingRequests() {
    }

    record Contractor(String jurisdictionCode, String compoundId, String contractorId, String role) {

        BindContractorCommand toCommand(String projectId) {
            return new BindContractorCommand(ProjectId.parse(projectId), JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    CompoundId.parse(Require.text("compoundId", compoundId, 64)), contractorId, parseRole(role));
        }
    }

    record ContractorUnbinding(String jurisdictionCode, String reason) {

        UnbindContractorCommand toCommand(String projectId, String contractorId) {
            return new UnbindContractorCommand(ProjectId.parse(projectId), JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    contractorId, reason);
        }
    }

    record Committee(String streetOffice, String committeeId) {

        BindOwnersCommitteeCommand toCommand(String compoundId) {
            return new BindOwnersCommitteeCommand(CompoundId.parse(compoundId), JurisdictionCode.parse("streetOffice", streetOffice),
                    committeeId);
        }
    }

    record CommitteeUnbinding(String streetOffice, String reason) {

        UnbindOwnersCommitteeCommand toCommand(String compoundId, String committeeId) {
            return new UnbindOwnersCommitteeCommand(CompoundId.parse(compoundId),
                    JurisdictionCode.parse("streetOffice", streetOffice), committeeId, reason);
        }
    }

    private static Role parseRole(String value) {
        String name = Require.text("role", value, 40);
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.invalid("role", "No role " + name));
    }
}

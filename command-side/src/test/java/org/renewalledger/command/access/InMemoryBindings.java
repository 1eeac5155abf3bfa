package org.renewalledger.command.access;

import java.util.HashSet;
import java.util.Set;
import org.renewalledger.kernel.common.Role;

/** {@link Bindings} in memory, for fixture tests of the bound roles. */
public class InMemoryBindings implements Bindings {

    private record Contract(String contractor, Role role, String project, String compound) {
    }

    private record Committee(String committee, String compound) {
    }

    private final Set<Contract> contracts = new HashSet<>();
    private final Set<Committee> committees = new HashSet<>();

    @Override
    public void bindContractor(String contractorId, Role role, String projectId, String compoundId, String jurisdiction) {
        contracts.add(new Contract(contractorId, role, projectId, compoundId));
    }

    @Override
    public void unbindContractor(String contractorId, String projectId) {
        contracts.removeIf(c -> c.contractor().equals(contractorId) && c.project().equals(projectId));
    }

    @Override
    public void bindCommittee(String committeeId, String compoundId, String streetOffice) {
        committees.add(new Committee(committeeId, compoundId));
    }

    @Override
    public void unbindCommittee(String committeeId, String compoundId) {
        committees.remove(new Committee(committeeId, compoundId));
    }

    @Override
    public boolean contractedOnProject(String contractorId, Role role, String projectId) {
        return contracts.stream().anyMatch(c -> c.contractor().equals(contractorId) && c.role() == role && c.project().equals(projectId));
    }

    @Override
    public boolean contractedOnCompound(String contractorId, Role role, String compoundId) {
        return contracts.stream().anyMatch(c -> c.contractor().equals(contractorId) && c.role() == role && c.compound().equals(compoundId));
    }

    @Override
    public boolean committeeOf(String committeeId, String compoundId) {
        return committees.contains(new Committee(committeeId, compoundId));
    }
}

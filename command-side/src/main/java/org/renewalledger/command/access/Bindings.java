package org.renewalledger.command.access;

import org.renewalledger.kernel.common.Role;

/**
 * The bindings in force (docs/SECURITY.md): which projects and compounds a contracted unit acts on, and which
 * compound an owners' committee acts for. {@link BindingRecorder} keeps them from the binding events, in the
 * transaction that records them, so the next command already sees a binding; infra stores them.
 */
public interface Bindings {

    void bindContractor(String contractorId, Role role, String projectId, String compoundId, String jurisdiction);

    void unbindContractor(String contractorId, String projectId);

    void bindCommittee(String committeeId, String compoundId, String streetOffice);

    void unbindCommittee(String committeeId, String compoundId);

    /** Whether the unit is contracted, in this role, on the project. */
    boolean contractedOnProject(String contractorId, Role role, String projectId);

    /** Whether the unit is contracted, in this role, on a project of the compound. */
    boolean contractedOnCompound(String contractorId, Role role, String compoundId);

    /** Whether the committee acts for the compound. */
    boolean committeeOf(String committeeId, String compoundId);
}

package org.renewalledger.kernel.access;

import org.renewalledger.kernel.funding.ProjectId;

/**
 * The stream of a project's contract bindings: its own, apart from the project's funding ledger (which is keyed
 * by the bare project id), because the event store keys every stream by its identifier alone.
 */
public final class ContractRegisterId {

    private ContractRegisterId() {
    }

    public static String of(ProjectId project) {
        return "contracts-" + project.value();
    }
}

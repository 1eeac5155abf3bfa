package org.renewalledger.kernel.access;

import org.renewalledger.kernel.compound.CompoundId;

/** The stream of a compound's owners' committee bindings, apart from the compound's own stream. */
public final class CommitteeRegisterId {

    private CommitteeRegisterId() {
    }

    public static String of(CompoundId compound) {
        return "committee-" + compound.value();
    }
}

package org.renewalledger.query.web;

import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;

/** Jurisdiction scoping of reads: a caller reads inside its own jurisdiction only. */
final class Scope {

    private Scope() {
    }

    /** The division to read: {@code within} when given (it must lie inside the caller's), else the caller's own. */
    static JurisdictionCode within(Actor actor, String within) {
        if (within == null || within.isBlank()) {
            return actor.jurisdiction();
        }
        JurisdictionCode asked = JurisdictionCode.parse("within", within);
        if (!actor.jurisdiction().covers(asked)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Jurisdiction " + actor.jurisdiction() + " does not cover " + asked);
        }
        return asked;
    }

    static boolean sees(Actor actor, String jurisdiction) {
        return actor.jurisdiction().covers(JurisdictionCode.of(jurisdiction));
    }
}

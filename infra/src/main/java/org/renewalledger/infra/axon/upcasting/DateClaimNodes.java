package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of a claimed date taken as claimed before the server judged dates: not flagged, no reason. */
final class DateClaimNodes {

    private DateClaimNodes() {
    }

    static void putOnTime(ObjectNode payload) {
        ObjectNode claim = payload.putObject("dateClaim");
        claim.put("backdated", false);
        claim.put("inClosedMonth", false);
        claim.putNull("reason");
    }
}

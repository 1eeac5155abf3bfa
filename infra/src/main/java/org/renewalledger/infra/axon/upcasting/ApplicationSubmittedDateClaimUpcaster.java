package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a ApplicationSubmittedEvent recorded before the server judged its claimed date (revision 1) as revision 2: The application's appliedOn was
 * taken as claimed, so it reads as on time (not flagged, no reason); history is not reinterpreted.
 */
@Component
public class ApplicationSubmittedDateClaimUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = ApplicationSubmittedEvent.class.getName();

    public ApplicationSubmittedDateClaimUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        DateClaimNodes.putOnTime(payload);
    }
}

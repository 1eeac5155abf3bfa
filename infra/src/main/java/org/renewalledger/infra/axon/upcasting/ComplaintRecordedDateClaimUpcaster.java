package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a ComplaintRecordedEvent recorded before the server checked claimed dates (revision 1) as revision 2: the complaint's receivedAt was
 * taken as claimed, so it reads as on time (not flagged, no reason); history is not reinterpreted.
 */
@Component
public class ComplaintRecordedDateClaimUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = ComplaintRecordedEvent.class.getName();

    public ComplaintRecordedDateClaimUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        DateClaimNodes.putOnTime(payload);
    }
}

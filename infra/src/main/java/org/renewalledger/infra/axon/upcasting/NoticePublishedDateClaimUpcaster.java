package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a NoticePublishedEvent recorded before the server checked claimed dates (revision 1) as revision 2: the notice's startsOn was
 * taken as claimed, so it reads as on time (not flagged, no reason) and no attachments; history is not reinterpreted.
 */
@Component
public class NoticePublishedDateClaimUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = NoticePublishedEvent.class.getName();

    public NoticePublishedDateClaimUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        DateClaimNodes.putOnTime(payload);
        payload.putArray("attachments");
    }
}

package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.review.EvidenceSubmittedEvent;
import org.springframework.stereotype.Component;

/** Reads rectification evidence submitted as text only (revision 1) as revision 2: with no attachments. */
@Component
public class EvidenceSubmittedAttachmentsUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = EvidenceSubmittedEvent.class.getName();

    public EvidenceSubmittedAttachmentsUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putArray("attachments");
    }
}

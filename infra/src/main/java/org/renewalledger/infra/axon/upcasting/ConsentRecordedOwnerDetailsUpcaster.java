package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ConsentRecordedEvent}s of revision 1 (before owners' personal data could be sealed into them)
 * as revision 2 with no {@code ownerDetails}. Stored events are never rewritten, so the audit chain over
 * them stays valid: the old shape is translated each time it is read.
 */
@Component
public class ConsentRecordedOwnerDetailsUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = ConsentRecordedEvent.class.getName();

    public ConsentRecordedOwnerDetailsUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.putNull("ownerDetails");
    }
}

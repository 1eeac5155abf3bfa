package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ConsentRecordedEvent}s of revision 1 (before owners' personal data could be sealed into them)
 * as revision 2 with no {@code ownerDetails}. Stored events are never rewritten, so the audit chain over
 * them stays valid: the old shape is translated each time it is read.
 */
@Component
public class ConsentRecordedOwnerDetailsUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = ConsentRecordedEvent.class.getName();
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PAYLOAD_TYPE, "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PAYLOAD_TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_1.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.putNull("ownerDetails");
            return upcast;
        });
    }
}

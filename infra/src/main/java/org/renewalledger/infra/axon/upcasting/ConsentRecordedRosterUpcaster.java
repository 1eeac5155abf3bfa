package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads votes stored before the owners' roster (revisions 1 and 2) as revision 3 with no {@code unit}, {@code voter}
 * or {@code proxy}: the count knows them by their owner reference, over the registered floor area, as it did when
 * they were cast. Revision 1 also gets revision 2's empty {@code ownerDetails}, so the result does not depend on
 * the order in which the upcasters run. Stored events are never rewritten.
 */
@Component
public class ConsentRecordedRosterUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = ConsentRecordedEvent.class.getName();
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PAYLOAD_TYPE, "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PAYLOAD_TYPE, "2");
    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(PAYLOAD_TYPE, "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_1.equals(event.getType()) || REVISION_2.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            if (!upcast.has("ownerDetails")) {
                upcast.putNull("ownerDetails");
            }
            upcast.putNull("unit");
            upcast.putNull("voter");
            upcast.putNull("proxy");
            return upcast;
        });
    }
}

package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.springframework.stereotype.Component;

/**
 * Reads counts closed before the owners' roster (revision 1) as revision 2: the first round of their matter, decided
 * on the compound's registered households and floor area. Their tally and verdict stay exactly as decided.
 */
@Component
public class ConsentCountClosedRoundUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = ConsentCountClosedEvent.class.getName();
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
            upcast.put("round", 1);
            upcast.put("electorateBasis", ElectorateBasis.REGISTERED_FLOOR_AREA.name());
            return upcast;
        });
    }
}

package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads {@code SchemeSubmittedEvent}s of revision 1, whose funding plan named four sources differently from the
 * ledger ({@link RetiredFundingSources}), as revision 2 in the ledger's names. Stored events are never rewritten:
 * the old names are translated each time they are read.
 */
@Component
public class SchemeSubmittedFundingSourceUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = SchemeSubmittedEvent.class.getName();
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
            RetiredFundingSources.renameIn(upcast.path("funding"));
            return upcast;
        });
    }
}

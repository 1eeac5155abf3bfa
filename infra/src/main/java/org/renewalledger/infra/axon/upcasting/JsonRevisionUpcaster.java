package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * One step of an event's JSON from one revision to the next. The stored bytes are never rewritten, so the audit
 * chain over them stays valid: the old shape is translated each time it is read, on a copy.
 */
abstract class JsonRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    JsonRevisionUpcaster(String payloadType, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(payloadType, fromRevision);
        this.to = new SimpleSerializedType(payloadType, toRevision);
    }

    /** Changes the copy of the old payload into the new shape. */
    abstract void upcast(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return from.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode copy = ((ObjectNode) payload).deepCopy();
            upcast(copy);
            return copy;
        });
    }
}

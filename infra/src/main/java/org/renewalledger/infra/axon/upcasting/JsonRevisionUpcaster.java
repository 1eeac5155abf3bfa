package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * One step of an event's JSON from one revision to the next. The stored bytes are never rewritten, so the audit
 * chain over them stays valid: the old shape is translated each time it is read, on a copy.
 */
abstract class JsonRevisionUpcaster extends SingleEventUpcaster {

    private final Set<String> payloadTypes;
    private final String fromRevision;
    private final String toRevision;

    JsonRevisionUpcaster(String payloadType, String fromRevision, String toRevision) {
        this(Set.of(payloadType), fromRevision, toRevision);
    }

    /** The same step for several event types whose old shapes differ in the same way. */
    JsonRevisionUpcaster(Set<String> payloadTypes, String fromRevision, String toRevision) {
        this.payloadTypes = Set.copyOf(payloadTypes);
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
    }

    /** Changes the copy of the old payload into the new shape. */
    abstract void upcast(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return payloadTypes.contains(event.getType().getName()) && Objects.equals(fromRevision, event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), toRevision), JsonNode.class, payload -> {
            ObjectNode copy = ((ObjectNode) payload).deepCopy();
            upcast(copy);
            return copy;
        });
    }
}

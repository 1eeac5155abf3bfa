package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads snapshots of the {@code Compound} aggregate taken before it carried a revision, whose funding plan may
 * name sources by their retired names ({@link RetiredFundingSources}), as revision 1. Axon passes snapshots
 * through the same upcaster chain as events; without this, such a snapshot would fail to load its compound.
 * The aggregate is package-private in the command side, so its snapshot type is named here as stored.
 */
@Component
public class CompoundSnapshotFundingSourceUpcaster extends SingleEventUpcaster {

    static final String SNAPSHOT_TYPE = "org.renewalledger.command.compound.Compound";
    static final SimpleSerializedType UNREVISIONED = new SimpleSerializedType(SNAPSHOT_TYPE, null);
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(SNAPSHOT_TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return UNREVISIONED.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            RetiredFundingSources.renameIn(upcast.path("funding"));
            return upcast;
        });
    }
}

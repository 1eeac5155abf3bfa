package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.springframework.stereotype.Component;

/**
 * Reads {@code CompoundRegisteredEvent}s written by the pilot (revision 0) as revision 1. The pilot kept
 * codes as plain strings ({@code compoundId}, {@code jurisdictionCode}, {@code streetOfficeCode}), floor
 * area as decimal square metres ({@code floorAreaSquareMetres}) and did not record the eligibility rule.
 * Stored events are never rewritten: the old shape is translated each time it is read.
 */
@Component
public class CompoundRegisteredPilotUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = CompoundRegisteredEvent.class.getName();
    static final SimpleSerializedType PILOT = new SimpleSerializedType(PAYLOAD_TYPE, "0");
    static final SimpleSerializedType CURRENT = new SimpleSerializedType(PAYLOAD_TYPE, "1");
    static final String UNRECORDED_RULE = "not recorded (registered by the pilot)";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return PILOT.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(CURRENT, JsonNode.class, payload -> {
            ObjectNode pilot = (ObjectNode) payload;
            ObjectNode current = pilot.objectNode();
            current.putObject("compoundId").put("value", pilot.path("compoundId").asText());
            current.put("name", pilot.path("name").asText());
            current.putObject("jurisdiction").put("value", pilot.path("jurisdictionCode").asText());
            current.putObject("streetOffice").put("value", pilot.path("streetOfficeCode").asText());
            current.put("streetOfficeName", pilot.path("streetOfficeName").asText());
            current.put("builtYear", pilot.path("builtYear").asInt());
            current.put("buildings", pilot.path("buildings").asInt());
            current.put("households", pilot.path("households").asInt());
            long squareCentimetres = new BigDecimal(pilot.path("floorAreaSquareMetres").asText()).movePointRight(4)
                    .longValueExact();
            current.putObject("floorArea").put("squareCentimetres", squareCentimetres);
            current.put("eligibilityRule", UNRECORDED_RULE);
            return current;
        });
    }
}

package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ElectorateBasis;
import org.springframework.stereotype.Component;

/**
 * Reads counts closed before the owners' roster (revision 1) as revision 2: the first round of their matter, decided
 * on the compound's registered households and floor area. Their tally and verdict stay exactly as decided.
 */
@Component
public class ConsentCountClosedRoundUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = ConsentCountClosedEvent.class.getName();

    public ConsentCountClosedRoundUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.put("round", 1);
        payload.put("electorateBasis", ElectorateBasis.REGISTERED_FLOOR_AREA.name());
    }
}

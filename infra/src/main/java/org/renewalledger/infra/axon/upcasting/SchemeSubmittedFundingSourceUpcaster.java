package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads {@code SchemeSubmittedEvent}s of revision 1, whose funding plan named four sources differently from the
 * ledger ({@link RetiredFundingSources}), as revision 2 in the ledger's names. Stored events are never rewritten:
 * the old names are translated each time they are read.
 */
@Component
public class SchemeSubmittedFundingSourceUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = SchemeSubmittedEvent.class.getName();

    public SchemeSubmittedFundingSourceUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        RetiredFundingSources.renameIn(payload.path("funding"));
    }
}

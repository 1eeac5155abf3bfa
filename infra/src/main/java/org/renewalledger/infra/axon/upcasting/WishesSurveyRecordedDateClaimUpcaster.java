package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a WishesSurveyRecordedEvent recorded before the server judged its claimed date (revision 1) as revision 2: The wishes survey's surveyedOn was
 * taken as claimed, so it reads as on time (not flagged, no reason); history is not reinterpreted.
 */
@Component
public class WishesSurveyRecordedDateClaimUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = WishesSurveyRecordedEvent.class.getName();

    public WishesSurveyRecordedDateClaimUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        DateClaimNodes.putOnTime(payload);
    }
}

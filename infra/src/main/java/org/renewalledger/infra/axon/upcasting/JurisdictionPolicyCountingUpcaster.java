package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.springframework.stereotype.Component;

/**
 * Reads policies set before Civil Code Art. 201 became the one rule for counting periods (revision 1) as revision 2:
 * their notices counted the posting day as day 1, so the version keeps meaning exactly what it decided. They set no
 * grace for claimed dates and no evidence rule: both read as absent, the defaults.
 */
@Component
public class JurisdictionPolicyCountingUpcaster extends JsonRevisionUpcaster {

    static final String PAYLOAD_TYPE = JurisdictionPolicySetEvent.class.getName();

    public JurisdictionPolicyCountingUpcaster() {
        super(PAYLOAD_TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        payload.put("noticeCounting", "posting-day-included");
        payload.putNull("backdatingGraceDays");
        payload.putNull("evidenceRequired");
    }
}

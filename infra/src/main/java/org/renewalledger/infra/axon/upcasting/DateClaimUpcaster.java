package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads an event with a claimed date recorded before the server judged claimed dates (revision 1) as revision 2: the
 * date was taken as claimed, so it reads as on time (not flagged, no reason); history is not reinterpreted.
 */
@Component
public class DateClaimUpcaster extends JsonRevisionUpcaster {

    static final Set<String> PAYLOAD_TYPES = Set.of(ApplicationSubmittedEvent.class.getName(),
            ComplaintRecordedEvent.class.getName(), MilestoneReachedEvent.class.getName(),
            NoticePublishedEvent.class.getName(), ProgressReportedEvent.class.getName(),
            SelfGovernanceFormedEvent.class.getName(), UnitTransferredEvent.class.getName(),
            WishesSurveyRecordedEvent.class.getName());

    public DateClaimUpcaster() {
        super(PAYLOAD_TYPES, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        DateClaimNodes.putOnTime(payload);
    }
}

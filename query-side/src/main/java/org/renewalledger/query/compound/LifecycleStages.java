package org.renewalledger.query.compound;

import java.util.Optional;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.LongTermManagementSetUpEvent;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/** Which events move a project to which stage, as the read models see it (the aggregate decides; this only reads). */
final class LifecycleStages {

    private LifecycleStages() {
    }

    static Optional<CompoundStatus> reachedBy(CompoundEvent event) {
        if (event instanceof WishesSurveyRecordedEvent) {
            return Optional.of(CompoundStatus.WISHES_SURVEYED);
        }
        if (event instanceof ApplicationSubmittedEvent) {
            return Optional.of(CompoundStatus.APPLIED);
        }
        if (event instanceof SchemeSubmittedEvent) {
            return Optional.of(CompoundStatus.SCHEME_SUBMITTED);
        }
        if (event instanceof NoticePublishedEvent) {
            return Optional.of(CompoundStatus.NOTICE_PUBLISHED);
        }
        if (event instanceof SchemeApprovedEvent) {
            return Optional.of(CompoundStatus.SCHEME_APPROVED);
        }
        if (event instanceof MilestoneReachedEvent milestone) {
            return Optional.of(milestone.status());
        }
        if (event instanceof LongTermManagementSetUpEvent) {
            return Optional.of(CompoundStatus.UNDER_LONG_TERM_MANAGEMENT);
        }
        return Optional.empty();
    }
}

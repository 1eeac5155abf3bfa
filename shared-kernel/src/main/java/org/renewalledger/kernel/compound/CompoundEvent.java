package org.renewalledger.kernel.compound;

/**
 * Everything that happens to a compound. Processors sequence by {@link #compoundId()}, so events of one
 * compound are handled in order while different compounds go in parallel.
 */
public sealed interface CompoundEvent permits CompoundRegisteredEvent, WishesSurveyRecordedEvent,
        ApplicationSubmittedEvent, SelfGovernanceFormedEvent, SchemeSubmittedEvent, NoticePublishedEvent,
        ConsentRecordedEvent, ConsentCountClosedEvent, SchemeApprovedEvent, MilestoneReachedEvent,
        ProgressReportedEvent, ComplaintRecordedEvent, LongTermManagementSetUpEvent, ElevatorConsentOpenedEvent,
        ElevatorConsentRecordedEvent, ElevatorConsentClosedEvent,
        // owners' roster and counts over it (docs/LIFECYCLE.md)
        RosterUnitRecordedEvent, OwnersRosterImportedEvent, RosterUnitCorrectedEvent, UnitTransferredEvent, ConsentCountOpenedEvent,
        // security (docs/SECURITY.md)
        OwnerPersonalDataErasedEvent {

    CompoundId compoundId();
}

package org.renewalledger.query.compound;

import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentClosedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentOpenedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent;
import org.renewalledger.kernel.compound.LongTermManagementSetUpEvent;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/** One line a reader of the timeline understands, per lifecycle event. */
final class TimelineSummary {

    private TimelineSummary() {
    }

    static String of(CompoundEvent event) {
        if (event instanceof CompoundRegisteredEvent e) {
            return "Registered " + e.name() + " (" + e.households() + " households, " + e.floorArea() + "), " + e.eligibilityRule();
        }
        if (event instanceof WishesSurveyRecordedEvent e) {
            return e.inFavour() + " of " + e.households() + " households want renovation (surveyed " + e.surveyedOn() + ")";
        }
        if (event instanceof ApplicationSubmittedEvent e) {
            return "Application by " + e.applicant() + " on " + e.appliedOn();
        }
        if (event instanceof SelfGovernanceFormedEvent e) {
            return e.kind() + " formed: " + e.name() + " on " + e.formedOn();
        }
        if (event instanceof SchemeSubmittedEvent e) {
            return "Scheme of " + e.items().size() + " items, budget " + e.budget();
        }
        if (event instanceof NoticePublishedEvent e) {
            return "Notice posted " + e.startsOn() + ", " + e.workingDays() + " working days to " + e.lastDay();
        }
        if (event instanceof ConsentCountClosedEvent e) {
            return "Count on " + e.matter() + " closed: " + e.tally().agreeOwners() + " of " + e.tally().eligibleOwners()
                    + " owners agree (" + e.tally().agreeArea() + " of " + e.tally().eligibleArea() + "), "
                    + (e.passed() ? "passed" : "not passed") + " under " + e.rule();
        }
        if (event instanceof SchemeApprovedEvent e) {
            return "Scheme approved on " + e.decidedOn() + " under " + e.policyVersion() + "; residents provide "
                    + e.residentShare() + " of " + e.budget();
        }
        if (event instanceof MilestoneReachedEvent e) {
            return e.milestone() + " on " + e.reachedOn() + " (" + e.reference() + ")";
        }
        if (event instanceof ProgressReportedEvent e) {
            return "Works " + e.percentComplete() + "% complete on " + e.reportedOn();
        }
        if (event instanceof ComplaintRecordedEvent e) {
            return "Complaint " + e.ticket() + ": " + e.summary();
        }
        if (event instanceof LongTermManagementSetUpEvent e) {
            return e.mode() + " by " + e.manager() + ", maintenance fund " + e.maintenanceFund();
        }
        if (event instanceof ElevatorConsentOpenedEvent e) {
            return "Elevator count opened for stairwell unit " + e.unit() + " (" + e.households() + " households, shaft owners "
                    + e.shaftOwners() + ")";
        }
        if (event instanceof ElevatorConsentClosedEvent e) {
            return "Elevator count of unit " + e.unit() + " closed: " + e.tally().agreeOwners() + " of "
                    + e.tally().participatingOwners() + " voting owners agree, " + (e.passed() ? "passed" : "not passed")
                    + (e.shaftOwnersNotAgreeing().isEmpty() ? "" : "; shaft owners not agreeing " + e.shaftOwnersNotAgreeing());
        }
        if (event instanceof ElevatorConsentRecordedEvent e) {
            return "Elevator vote of " + e.owner() + " in unit " + e.unit();
        }
        if (event instanceof ConsentRecordedEvent e) {
            return "Vote of " + e.owner() + " on " + e.matter();
        }
        return event.getClass().getSimpleName();
    }
}

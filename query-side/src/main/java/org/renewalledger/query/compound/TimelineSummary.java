package org.renewalledger.query.compound;

import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.OpenCountEffect;
import org.renewalledger.kernel.compound.RosterUnitCorrectedEvent;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
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

    /** The line, and for a date reported late or into a closed month, that flag and its reason. */
    static String of(CompoundEvent event) {
        return line(event) + flag(event);
    }

    private static String flag(CompoundEvent event) {
        org.renewalledger.kernel.common.DateClaim claim = ClaimedDates.of(event);
        if (!claim.flagged()) {
            return "";
        }
        return " [" + (claim.backdated() ? "backdated 补录" : "") + (claim.backdated() && claim.inClosedMonth() ? ", " : "")
                + (claim.inClosedMonth() ? "in a closed assessment month 已关账月份" : "") + ": " + claim.reason() + "]";
    }

    private static String line(CompoundEvent event) {
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
        if (event instanceof ConsentCountOpenedEvent e) {
            return "Count on " + e.matter() + " (round " + e.round() + ") opened over the owners' roster: " + e.units()
                    + " units, " + e.headcount() + " owners, " + e.totalArea()
                    + (e.carriedBallots() + e.droppedBallots() == 0 ? ""
                    : "; " + e.carriedBallots() + " earlier votes carried, " + e.droppedBallots() + " not on the roster dropped");
        }
        if (event instanceof RosterUnitCorrectedEvent e) {
            return "Roster unit " + e.corrected().unit() + " corrected (" + e.reason() + ")" + effects(e.effectOnOpenCounts());
        }
        if (event instanceof UnitTransferredEvent e) {
            return "Unit " + e.unit() + " transferred (" + e.reason() + ", " + e.transferredOn() + ")"
                    + effects(e.effectOnOpenCounts());
        }
        if (event instanceof RosterUnitRecordedEvent e) {
            return "Roster unit " + e.unit().unit() + " recorded";
        }
        if (event instanceof org.renewalledger.kernel.compound.OwnersRosterImportedEvent e) {
            return "Owners' roster sheet of " + e.units().size() + " units recorded (" + e.units().get(0).unit() + " to "
                    + e.units().get(e.units().size() - 1).unit() + ")" + effects(e.effectOnOpenCounts());
        }
        return event.getClass().getSimpleName();
    }

    private static String effects(java.util.List<OpenCountEffect> effects) {
        return effects.isEmpty() ? "" : "; open counts: " + effects.stream()
                .map(effect -> effect.matter() + " round " + effect.round() + ": " + effect.effect()).toList();
    }
}

package org.renewalledger.command.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.CloseCaseCommand;
import org.renewalledger.kernel.review.DecideObjectionCommand;
import org.renewalledger.kernel.review.DecideRewardCommand;
import org.renewalledger.kernel.review.Reward;
import org.renewalledger.kernel.review.IssueConclusionCommand;
import org.renewalledger.kernel.review.IssueMeasureCommand;
import org.renewalledger.kernel.review.LodgeObjectionCommand;
import org.renewalledger.kernel.review.Measure;
import org.renewalledger.kernel.review.OrderRectificationCommand;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.renewalledger.kernel.review.ReferForAccountabilityCommand;
import org.renewalledger.kernel.review.SubmitEvidenceCommand;
import org.renewalledger.kernel.review.VerifyRectificationCommand;

/** The JSON bodies of the review endpoints (docs/REVIEW.md), each turned into its command. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /**
     * {@code POST /api/review-cases}. {@code unitId}: a street office's code, a county's code, or
     * {@code <county>-<ROLE>} for a department; its kind follows from the id. {@code month}: {@code 2026-03}, optional.
     */
    record Finding(String caseId, String unitId, String assessingJurisdiction, String finding, String month) {

        RecordFindingCommand toCommand() {
            return new RecordFindingCommand(CaseId.of(Require.text("caseId", caseId, 64)), unit(unitId),
                    JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction), finding,
                    month == null ? null : ProgrammeTime.parseMonth("month", month));
        }
    }

    /** What the review office decides on a proposed reward. */
    enum RewardOutcome { GRANTED, DECLINED }

    /** {@code POST /api/review/rewards/decision}: grant or decline the reward proposed for a unit's month. */
    record RewardDecision(String unitId, String assessingJurisdiction, String month, Reward reward, RewardOutcome decision,
                          String note) {

        DecideRewardCommand toCommand() {
            return new DecideRewardCommand(unit(unitId), JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction),
                    Require.present("month", month == null ? null : ProgrammeTime.parseMonth("month", month)), reward,
                    Require.present("decision", decision) == RewardOutcome.GRANTED, note);
        }
    }

    record Conclusion(String conclusion) {
        IssueConclusionCommand toCommand(CaseId id) {
            return new IssueConclusionCommand(id, conclusion);
        }
    }

    /** {@code points}: for a point deduction, e.g. {@code "0.5"} (at most two decimals). */
    record MeasureTaken(Measure measure, String note, String points) {
        IssueMeasureCommand toCommand(CaseId id) {
            return new IssueMeasureCommand(id, Require.present("measure", measure), note, hundredths(points));
        }
    }

    record RectificationOrder(String requirement, LocalDate deadline) {
        OrderRectificationCommand toCommand(CaseId id) {
            return new OrderRectificationCommand(id, requirement, deadline);
        }
    }

    record Evidence(String evidence, java.util.List<String> attachments) {
        SubmitEvidenceCommand toCommand(CaseId id) {
            return new SubmitEvidenceCommand(id, evidence,
                    org.renewalledger.kernel.evidence.EvidenceHash.parseAll(attachments));
        }
    }

    /** {@code outcome}: ACCEPTED (rectified) or REJECTED (the order stands). */
    record Verification(VerificationOutcome outcome, String note) {
        VerifyRectificationCommand toCommand(CaseId id) {
            return new VerifyRectificationCommand(id, Require.present("outcome", outcome) == VerificationOutcome.ACCEPTED, note);
        }
    }

    enum VerificationOutcome { ACCEPTED, REJECTED }

    record Objection(String grounds) {
        LodgeObjectionCommand toCommand(CaseId id) {
            return new LodgeObjectionCommand(id, grounds);
        }
    }

    /** {@code decision}: UPHELD (the conclusion is withdrawn) or DISMISSED. */
    record ObjectionDecision(ObjectionOutcome decision, String reasoning) {
        DecideObjectionCommand toCommand(CaseId id) {
            return new DecideObjectionCommand(id, Require.present("decision", decision) == ObjectionOutcome.UPHELD, reasoning);
        }
    }

    enum ObjectionOutcome { UPHELD, DISMISSED }

    record Referral(String reason) {
        ReferForAccountabilityCommand toCommand(CaseId id) {
            return new ReferForAccountabilityCommand(id, reason);
        }
    }

    record Closure(String note) {
        CloseCaseCommand toCommand(CaseId id) {
            return new CloseCaseCommand(id, note);
        }
    }

    /** The unit an id names: nine digits a street office, six a county, {@code <county>-<ROLE>} a department. */
    static ResponsibleUnit unit(String unitId) {
        String id = Require.text("unitId", unitId, 64);
        int dash = id.indexOf('-');
        if (dash > 0) {
            return new ResponsibleUnit(id, UnitKind.DEPARTMENT, JurisdictionCode.parse("unitId", id.substring(0, dash)));
        }
        JurisdictionCode code = JurisdictionCode.parse("unitId", id);
        return new ResponsibleUnit(id, code.denotesStreetOffice() ? UnitKind.STREET_OFFICE : UnitKind.COUNTY, code);
    }

    private static int hundredths(String points) {
        if (points == null) {
            return 0;
        }
        try {
            BigDecimal value = new BigDecimal(points.strip().toLowerCase(Locale.ROOT));
            if (value.stripTrailingZeros().scale() > 2 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw DomainException.invalid("points", "points are at most 100 with at most two decimals");
            }
            return value.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalid("points", "points are a number such as 0.5");
        }
    }
}

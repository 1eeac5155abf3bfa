package org.renewalledger.kernel.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review case as the discipline office sees it. {@code status}: FINDING_RECORDED, CONCLUDED,
 * RECTIFICATION_ORDERED, EVIDENCE_SUBMITTED, RECTIFIED, CLOSED, REFERRED; {@code objection}: NONE, PENDING,
 * UPHELD, DISMISSED. {@code rectificationOverdue} and {@code objectionDecisionOverdue} compare deadlines
 * with today (Beijing date, injected clock) at the time of the query.
 */
public record ReviewCaseView(String caseId, String unitId, String unitKind, String unitJurisdiction,
                             String assessingJurisdiction, String finding, String month, String status, String objection,
                             LocalDate conclusionOn, LocalDate objectionDeadline, LocalDate objectionDecideBy,
                             LocalDate rectificationDeadline, boolean rectificationOverdue, boolean objectionDecisionOverdue,
                             Instant openedAt, String openedBy, List<Step> steps) {

    /** One event of the case: what, when, who, with its text. */
    public record Step(long sequence, String event, String measure, int pointsHundredths, String text, Instant at,
                       String actorId, String actorRole) {
    }
}

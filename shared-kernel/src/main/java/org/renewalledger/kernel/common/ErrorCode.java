package org.renewalledger.kernel.common;

/**
 * Every refusal the system can give, with a stable code that clients may rely on. The kind tells the
 * HTTP layer which status to answer with, so that the domain never speaks HTTP itself.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Kind.INVALID_INPUT, "The request is not valid"),
    COMPOUND_NOT_ELIGIBLE(Kind.RULE_VIOLATION, "The compound is not eligible for the renovation programme"),
    EXTENSION_CAP_REACHED(Kind.RULE_VIOLATION, "The county's programme has no extension place left under its cap"),
    STREET_OFFICE_OUTSIDE_JURISDICTION(Kind.RULE_VIOLATION, "The street office does not belong to the jurisdiction"),
    LIFECYCLE_STEP_OUT_OF_ORDER(Kind.RULE_VIOLATION, "The project is not at a stage that allows this step"),
    CONSENT_COUNT_CLOSED(Kind.RULE_VIOLATION, "The consent count on this matter is closed; votes can no longer change"),
    CONSENT_COUNT_NOT_CLOSED(Kind.RULE_VIOLATION, "The consent count on this matter has not been closed"),
    CONSENT_THRESHOLD_NOT_MET(Kind.RULE_VIOLATION, "The owners' consent does not reach the policy's thresholds"),
    CONSENT_AREA_CHANGED(Kind.RULE_VIOLATION, "An owner's exclusive area cannot change between votes"),
    // The owners' roster is the electorate (docs/LIFECYCLE.md).
    OWNER_NOT_ON_ROSTER(Kind.RULE_VIOLATION, "The vote names no unit or owner on the count's owners' roster"),
    AREA_DISAGREES_WITH_ROSTER(Kind.RULE_VIOLATION, "The area sent disagrees with the unit's exclusive area on the roster"),
    ROSTER_REQUIRED(Kind.RULE_VIOLATION, "A consent count needs the compound's owners' roster"),
    ELECTORATE_DISAGREES_WITH_ROSTER(Kind.RULE_VIOLATION, "The households or area sent disagree with the electorate the owners' roster gives"),
    ROSTER_UNIT_EXISTS(Kind.CONFLICT, "The unit is already on the roster; correct or transfer it instead"),
    ROSTER_UNIT_NOT_FOUND(Kind.NOT_FOUND, "No such unit on the compound's owners' roster"),
    ROSTER_CHANGE_WITHOUT_EFFECT(Kind.RULE_VIOLATION, "The correction or transfer would change nothing on the roster"),
    NOTICE_PERIOD_NOT_OVER(Kind.RULE_VIOLATION, "The public notice has not run its working days"),
    HOLIDAY_CALENDAR_MISSING(Kind.RULE_VIOLATION, "No official holiday calendar is loaded for that year"),
    SELF_GOVERNANCE_MISSING(Kind.RULE_VIOLATION, "No self-governance organisation exists (先自治后整治)"),
    FUNDING_DOES_NOT_COVER_BUDGET(Kind.RULE_VIOLATION, "The funding plan does not cover the budget"),
    RESIDENT_SHARE_TOO_LOW(Kind.RULE_VIOLATION, "The residents' share of the funding is below the policy minimum"),
    MAINTENANCE_FUND_OUT_OF_RANGE(Kind.RULE_VIOLATION, "The maintenance fund rate is outside the policy range"),
    COMPLETION_WITHOUT_RESIDENTS(Kind.RULE_VIOLATION, "Completion acceptance needs residents' representatives"),
    POLICY_VERSION_REUSED(Kind.CONFLICT, "A policy version name is used once only"),
    COMPOUND_ALREADY_REGISTERED(Kind.CONFLICT, "The compound is already registered"),
    COMPOUND_NOT_FOUND(Kind.NOT_FOUND, "No such compound"),
    RESOURCE_NOT_FOUND(Kind.NOT_FOUND, "No such resource"),
    FUNDING_NOT_FOUND(Kind.NOT_FOUND, "The project has no funding ledger yet"),
    DISBURSEMENT_EXCEEDS_ALLOCATION(Kind.RULE_VIOLATION, "The disbursement would exceed what the source allocated"),
    TRANCHE_NOT_RELEASED(Kind.RULE_VIOLATION, "The project has not reached the milestone that releases this tranche"),
    FUNDING_JURISDICTION_MISMATCH(Kind.RULE_VIOLATION, "The project is funded under another jurisdiction"),
    IDEMPOTENCY_KEY_REUSED(Kind.CONFLICT, "The idempotency key was already used for a different request"),
    EXPENDITURE_EXCEEDS_DISBURSEMENT(Kind.RULE_VIOLATION, "The expenditure would exceed what the source disbursed"),
    FINDING_NOT_FOUND(Kind.NOT_FOUND, "No such audit finding on the project"),
    CLAWBACK_EXCEEDS_FINDING(Kind.RULE_VIOLATION, "The clawback would exceed what the audit finding leaves outstanding"),
    CLAWBACK_EXCEEDS_HELD_FUNDS(Kind.RULE_VIOLATION, "The clawback would exceed what the implementing entity holds unspent"),
    ENTRY_NOT_FOUND(Kind.NOT_FOUND, "No such ledger entry on the project"),
    ENTRY_ALREADY_REVERSED(Kind.CONFLICT, "The ledger entry is already reversed"),
    ENTRY_NOT_REVERSIBLE(Kind.RULE_VIOLATION, "The ledger entry is not corrected by reversal"),
    REVERSAL_WOULD_UNBALANCE_LEDGER(Kind.RULE_VIOLATION, "The reversal would leave more disbursed than allocated or more spent than disbursed"),
    // Funds across levels and the lifecycle link (docs/FUNDING.md).
    FUND_NOT_FOUND(Kind.NOT_FOUND, "No such fund: commit to it first"),
    FUND_ALLOCATION_EXCEEDS_AVAILABLE(Kind.RULE_VIOLATION, "The allocation would exceed what the fund has committed or received and not allocated"),
    FUND_TARGET_NOT_BELOW(Kind.RULE_VIOLATION, "A fund allocates one level down, within its holder's jurisdiction"),
    FUND_ENTRY_NOT_FOUND(Kind.NOT_FOUND, "No such entry in the fund"),
    REVERSAL_WOULD_UNBALANCE_FUND(Kind.RULE_VIOLATION, "The reversal would leave a fund with more allocated than committed and received"),
    FUNDING_ALREADY_LINKED(Kind.CONFLICT, "The project's funding is already linked to another compound"),
    // Money against approval and least privilege (docs/FUNDING.md, docs/SECURITY.md).
    ALLOCATION_EXCEEDS_APPROVED_BUDGET(Kind.RULE_VIOLATION, "The allocation would exceed the approved budget and the recorded override decisions"),
    BUDGET_OVERRIDE_NOT_FOUND(Kind.NOT_FOUND, "No such budget override decision on the project"),
    BUDGET_OVERRIDE_EXISTS(Kind.CONFLICT, "A budget override decision with this id is already recorded"),
    BINDING_NOT_FOUND(Kind.NOT_FOUND, "No such binding: the unit is not bound there"),
    PURPOSE_REQUIRED(Kind.INVALID_INPUT, "Reading personal data needs a stated purpose"),
    // Disciplinary review and escalation ladder (docs/REVIEW.md).
    REVIEW_CASE_NOT_FOUND(Kind.NOT_FOUND, "No such review case"),
    REVIEW_CASE_EXISTS(Kind.CONFLICT, "A review case with this number already exists"),
    REVIEW_STEP_OUT_OF_ORDER(Kind.RULE_VIOLATION, "The review case is not at a step that allows this"),
    REVIEW_CASE_ENDED(Kind.RULE_VIOLATION, "The review case is closed or referred for accountability"),
    OBJECTION_PERIOD_OVER(Kind.RULE_VIOLATION, "The period to object to the conclusion is over"),
    OBJECTION_PENDING(Kind.RULE_VIOLATION, "An objection to the conclusion awaits its decision"),
    RECTIFICATION_DEADLINE_INVALID(Kind.RULE_VIOLATION, "A rectification deadline must lie after today"),
    RECTIFICATION_NOT_VERIFIED(Kind.RULE_VIOLATION, "The rectification has not been verified and accepted"),
    CONCURRENT_MODIFICATION(Kind.CONFLICT, "Someone else changed this record at the same time; retry"),
    // Server-witnessed dates and evidence (docs/LIFECYCLE.md "Claimed dates", "Evidence").
    CLAIMED_DATE_IN_FUTURE(Kind.RULE_VIOLATION, "The date lies after today; a fact is recorded once it has happened"),
    BACKDATING_REASON_REQUIRED(Kind.RULE_VIOLATION, "The date lies beyond the policy's grace or in a closed assessment month; give a reason"),
    MILESTONE_DATE_OUT_OF_ORDER(Kind.RULE_VIOLATION, "A milestone's date may not lie before the previous milestone's date"),
    EVIDENCE_NOT_FOUND(Kind.RULE_VIOLATION, "An attachment names no uploaded file; upload it first"),
    EVIDENCE_REQUIRED(Kind.RULE_VIOLATION, "The policy requires evidence attached to this step"),
    EVIDENCE_TYPE_REFUSED(Kind.INVALID_INPUT, "The file is not a JPEG, PNG or PDF by its own bytes"),
    EVIDENCE_TOO_LARGE(Kind.TOO_LARGE, "The file is larger than an upload takes"),
    // Annual plans and the monthly assessment (docs/ASSESSMENT.md).
    ASSESSMENT_ALREADY_CLOSED(Kind.CONFLICT, "The month's assessment is already closed; reissue it to change it"),
    ASSESSMENT_NOT_CLOSED(Kind.RULE_VIOLATION, "The month's assessment has not been closed, so it cannot be reissued"),
    ASSESSMENT_MONTH_NOT_OVER(Kind.RULE_VIOLATION, "The month's reports are not due yet, so the month cannot be closed"),
    ASSESSMENT_RESULTS_INCONSISTENT(Kind.RULE_VIOLATION, "The grades, ranks or lagging marks do not follow from the scores under the policy"),
    ASSESSMENT_UNCHANGED(Kind.RULE_VIOLATION, "The reissue would publish the same results as the current issue"),
    ASSESSMENT_OWN_RANKING(Kind.FORBIDDEN, "A unit does not close or reissue a ranking that includes itself; the level above or the review office does"),
    ASSESSMENT_POLICY_UNKNOWN(Kind.RULE_VIOLATION, "No such assessment policy version"),
    REWARD_NOT_PROPOSED(Kind.RULE_VIOLATION, "No such reward is proposed for the unit's month"),
    REWARD_ALREADY_DECIDED(Kind.CONFLICT, "The month's reward has already been decided"),
    NO_UNITS_TO_ASSESS(Kind.RULE_VIOLATION, "No unit of the jurisdiction has a plan for that month"),
    AUTHENTICATION_REQUIRED(Kind.UNAUTHENTICATED, "A valid bearer token is required"),
    ACCESS_DENIED(Kind.FORBIDDEN, "Your role or jurisdiction does not allow this"),
    SERVICE_UNAVAILABLE(Kind.UNAVAILABLE, "A backing service is unavailable; retry later"),
    INTERNAL_ERROR(Kind.INTERNAL, "Internal error"),
    // Survey import (docs/IMPORT.md)
    IMPORT_FILE_UNREADABLE(Kind.INVALID_INPUT, "The file is not an XLSX workbook or a CSV file in UTF-8 or GBK"),
    IMPORT_FILE_TOO_LARGE(Kind.INVALID_INPUT, "The file is larger or has more rows than an import takes"),
    IMPORT_TEMPLATE_MISMATCH(Kind.INVALID_INPUT, "The file's header row lacks columns of the survey template"),
    IMPORT_DUPLICATE_ROW(Kind.CONFLICT, "The compound code appears on an earlier row of the same file"),
    // security (docs/SECURITY.md)
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE, "The request body is larger than the service accepts"),
    RATE_LIMITED(Kind.TOO_MANY_REQUESTS, "Too many commands in a short time; retry after the time given");

    /** What sort of refusal it is; the HTTP layer maps each kind to one status. */
    public enum Kind { INVALID_INPUT, RULE_VIOLATION, CONFLICT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, UNAVAILABLE, INTERNAL,
        /* security (docs/SECURITY.md) */ TOO_LARGE, TOO_MANY_REQUESTS }

    private final Kind kind;
    private final String title;

    ErrorCode(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}

package org.renewalledger.kernel.common;

/**
 * Every refusal the system can give, with a stable code that clients may rely on. The kind tells the
 * HTTP layer which status to answer with, so that the domain never speaks HTTP itself.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Kind.INVALID_INPUT, "The request is not valid"),
    COMPOUND_NOT_ELIGIBLE(Kind.RULE_VIOLATION, "The compound is not eligible for the renovation programme"),
    STREET_OFFICE_OUTSIDE_JURISDICTION(Kind.RULE_VIOLATION, "The street office does not belong to the jurisdiction"),
    LIFECYCLE_STEP_OUT_OF_ORDER(Kind.RULE_VIOLATION, "The project is not at a stage that allows this step"),
    CONSENT_COUNT_CLOSED(Kind.RULE_VIOLATION, "The consent count on this matter is closed; votes can no longer change"),
    CONSENT_COUNT_NOT_CLOSED(Kind.RULE_VIOLATION, "The consent count on this matter has not been closed"),
    CONSENT_THRESHOLD_NOT_MET(Kind.RULE_VIOLATION, "The owners' consent does not reach the policy's thresholds"),
    CONSENT_AREA_CHANGED(Kind.RULE_VIOLATION, "An owner's exclusive area cannot change between votes"),
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
    CONCURRENT_MODIFICATION(Kind.CONFLICT, "Someone else changed this record at the same time; retry"),
    AUTHENTICATION_REQUIRED(Kind.UNAUTHENTICATED, "A valid bearer token is required"),
    ACCESS_DENIED(Kind.FORBIDDEN, "Your role or jurisdiction does not allow this"),
    SERVICE_UNAVAILABLE(Kind.UNAVAILABLE, "A backing service is unavailable; retry later"),
    INTERNAL_ERROR(Kind.INTERNAL, "Internal error");

    /** What sort of refusal it is; the HTTP layer maps each kind to one status. */
    public enum Kind { INVALID_INPUT, RULE_VIOLATION, CONFLICT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, UNAVAILABLE, INTERNAL }

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

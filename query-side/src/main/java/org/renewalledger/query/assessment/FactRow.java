package org.renewalledger.query.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.renewalledger.kernel.common.DateClaim;

/**
 * A row of {@code assessment_fact}, as written and as read back. Plan columns are null except on plans; a
 * compound's buildings and floor area are set on compound facts only ({@code amount} holds its households), a
 * report's claimed figures on report facts only, a claimed date's standing ({@code claim}) on start and completion
 * facts only.
 */
record FactRow(
        String eventId,
        long globalPosition,
        String factKind,
        String eventType,
        Instant recordedAt,
        String actorId,
        String actorRole,
        String scopeCode,
        String subject,
        String compoundId,
        String unitId,
        String unitKind,
        String unitJurisdiction,
        String period,
        LocalDate effectiveOn,
        long amount,
        Boolean late,
        Integer revision,
        PlanColumns plan,
        Integer buildings,
        Long areaCm2,
        Reported reported,
        Integer respondents,
        String detail,
        DateClaim claim) {

    /** A fact without a claimed date's standing (all but start and completion milestones). */
    FactRow(String eventId, long globalPosition, String factKind, String eventType, Instant recordedAt, String actorId,
            String actorRole, String scopeCode, String subject, String compoundId, String unitId, String unitKind,
            String unitJurisdiction, String period, LocalDate effectiveOn, long amount, Boolean late, Integer revision,
            PlanColumns plan, Integer buildings, Long areaCm2, Reported reported, Integer respondents, String detail) {
        this(eventId, globalPosition, factKind, eventType, recordedAt, actorId, actorRole, scopeCode, subject, compoundId, unitId,
                unitKind, unitJurisdiction, period, effectiveOn, amount, late, revision, plan, buildings, areaCm2, reported,
                respondents, detail, null);
    }

    /** A fact without a programme's years or a plan's compounds. */
    FactRow(String eventId, long globalPosition, String factKind, String eventType, Instant recordedAt, String actorId,
            String actorRole, String scopeCode, String subject, String compoundId, String unitId, String unitKind,
            String unitJurisdiction, String period, LocalDate effectiveOn, long amount, Boolean late, Integer revision,
            PlanColumns plan, Integer buildings, Long areaCm2, Reported reported, Integer respondents) {
        this(eventId, globalPosition, factKind, eventType, recordedAt, actorId, actorRole, scopeCode, subject, compoundId, unitId,
                unitKind, unitJurisdiction, period, effectiveOn, amount, late, revision, plan, buildings, areaCm2, reported,
                respondents, null);
    }

    /** This fact with its detail: a programme's years or a plan's compounds, encoded as {@code V150} describes. */
    FactRow withDetail(String text) {
        return new FactRow(eventId, globalPosition, factKind, eventType, recordedAt, actorId, actorRole, scopeCode, subject,
                compoundId, unitId, unitKind, unitJurisdiction, period, effectiveOn, amount, late, revision, plan, buildings,
                areaCm2, reported, respondents, text, claim);
    }

    /** This fact with how its claimed date stood when recorded (start and completion milestones). */
    FactRow withClaim(DateClaim dateClaim) {
        return new FactRow(eventId, globalPosition, factKind, eventType, recordedAt, actorId, actorRole, scopeCode, subject,
                compoundId, unitId, unitKind, unitJurisdiction, period, effectiveOn, amount, late, revision, plan, buildings,
                areaCm2, reported, respondents, detail, dateClaim);
    }

    /** A fact without a compound's size (all but compound facts). */
    FactRow(String eventId, long globalPosition, String factKind, String eventType, Instant recordedAt, String actorId,
            String actorRole, String scopeCode, String subject, String compoundId, String unitId, String unitKind,
            String unitJurisdiction, String period, LocalDate effectiveOn, long amount, Boolean late, Integer revision,
            PlanColumns plan) {
        this(eventId, globalPosition, factKind, eventType, recordedAt, actorId, actorRole, scopeCode, subject, compoundId, unitId,
                unitKind, unitJurisdiction, period, effectiveOn, amount, late, revision, plan, null, null, null, null);
    }

    /** The figures a monthly report claims (report facts only). */
    record Reported(int starts, int completions, int households, long fundsFen) {
    }

    static final String COMPOUND = "COMPOUND";
    static final String STARTED = "STARTED";
    static final String COMPLETED = "COMPLETED";
    static final String FUNDS = "FUNDS";
    static final String PLAN = "PLAN";
    static final String REPORT = "REPORT";
    static final String SURVEY = "SURVEY";
    static final String PROGRAMME = "PROGRAMME";
    static final String PLAN_COMPOUNDS = "PLAN_COMPOUNDS";

    /** The targets and dates of a plan fact. */
    record PlanColumns(int starts, int completions, int buildings, int households, long areaCm2, long fundsFen,
                       LocalDate startsOn, LocalDate deadline) {
    }
}

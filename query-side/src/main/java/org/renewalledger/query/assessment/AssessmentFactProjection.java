package org.renewalledger.query.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.FindWeeklyDispatchQuery;
import org.renewalledger.kernel.assessment.WeeklyDispatchView;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentPublished;
import org.renewalledger.kernel.assessment.MonthlyAssessmentReissuedEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.MonthlyFigures;
import org.renewalledger.kernel.assessment.MonthlyReportSubmittedEvent;
import org.renewalledger.kernel.assessment.FindProgrammeProgressQuery;
import org.renewalledger.kernel.assessment.PlanCompoundsListedEvent;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ProgrammeProgress;
import org.renewalledger.kernel.assessment.ProgrammeSetEvent;
import org.renewalledger.kernel.assessment.SatisfactionSurveyedEvent;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.springframework.stereotype.Component;

/**
 * The facts the monthly assessment is computed from, one row per event, with the event's id, time and actor
 * (explainability), the published issues of each month, and the assessment policies jurisdictions set. Runs on one segment so that facts arrive in
 * store order: a milestone or a payment finds its compound's street office already recorded, identically on
 * every replay. A project belongs to the compound whose code it extends with a year ({@code 520523001-001-2026}
 * is compound {@code 520523001-001}'s); money of a project with no such compound counts for its county only.
 */
@Component
@ProcessingGroup(AssessmentFactProjection.PROCESSING_GROUP)
class AssessmentFactProjection {

    static final String PROCESSING_GROUP = "assessment-facts";
    private static final Pattern PROJECT_OF_COMPOUND = Pattern.compile("(.+)-\\d{4}");

    private final AssessmentFactStore store;
    private final MonthlyAssessmentReadModel readModel;
    private final AssessmentPolicies policies;
    private final WeeklyDispatchReadModel weekly;

    AssessmentFactProjection(AssessmentFactStore store, MonthlyAssessmentReadModel readModel, AssessmentPolicies policies,
                             WeeklyDispatchReadModel weekly) {
        this.store = store;
        this.readModel = readModel;
        this.policies = policies;
        this.weekly = weekly;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        FactRow row = fact(id, token, FactRow.COMPOUND, "CompoundRegistered", at, meta, event.streetOffice().value(),
                event.compoundId().value(), event.compoundId().value(), null, null, null, ProgrammeTime.dateOf(at),
                event.households(), null, null, null);
        store.insert(new FactRow(row.eventId(), row.globalPosition(), row.factKind(), row.eventType(), row.recordedAt(),
                row.actorId(), row.actorRole(), row.scopeCode(), row.subject(), row.compoundId(), row.unitId(), row.unitKind(),
                row.unitJurisdiction(), row.period(), row.effectiveOn(), row.amount(), row.late(), row.revision(), row.plan(),
                event.buildings(), event.floorArea().squareCentimetres(), null, null));
    }

    @EventHandler
    void on(MilestoneReachedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        String kind = event.milestone() == Milestone.CONSTRUCTION_STARTED ? FactRow.STARTED
                : event.milestone() == Milestone.COMPLETION_ACCEPTED ? FactRow.COMPLETED : null;
        if (kind == null) {
            return;
        }
        String compound = event.compoundId().value();
        // late: the claimed date was reported beyond the policy's grace or into a closed month (docs/LIFECYCLE.md), so
        // an explanation can show the start or completion as reported after the fact; it changes no figure
        Boolean late = event.dateClaim().flagged() ? Boolean.TRUE : null;
        // the claim itself (both flags and the reason) goes with the fact, so the explanation can say why the date is late
        store.streetOfficeOf(compound).ifPresent(streetOffice -> store.insert(fact(id, token, kind, "MilestoneReached", at, meta,
                streetOffice, compound, compound, null, null, null, event.reachedOn(), 1, late, null, null)
                .withClaim(event.dateClaim())));
    }

    @EventHandler
    void on(SubsidyDisbursedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        money(id, token, "SubsidyDisbursed", at, meta, event.projectId(), event.jurisdiction().value(), event.amount().fen());
    }

    /** A reversed disbursement takes its money back out of the figure; other reversals do not touch it. */
    @EventHandler
    void on(EntryReversedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        if (event.reversedKind() == EntryKind.DISBURSEMENT) {
            long fen = event.lines().stream().map(SourceAmount::amount).mapToLong(m -> m.fen()).sum();
            money(id, token, "EntryReversed", at, meta, event.projectId(), event.jurisdiction().value(), -fen);
        }
    }

    /** Money recovered after an audit finding no longer counts as delivered. */
    @EventHandler
    void on(FundsClawedBackEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        money(id, token, "FundsClawedBack", at, meta, event.projectId(), event.jurisdiction().value(), -event.amount().fen());
    }

    /** A survey counts for the street office of its compound (the survey names it too, for a compound not yet recorded). */
    @EventHandler
    void on(SatisfactionSurveyedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token,
            MetaData meta) {
        String compound = event.compoundId().value();
        String streetOffice = store.streetOfficeOf(compound).orElse(event.streetOffice().value());
        FactRow row = fact(id, token, FactRow.SURVEY, "SatisfactionSurveyed", at, meta, streetOffice, compound, compound, null,
                null, null, event.surveyedOn(), event.satisfied(), null, event.revision(), null);
        store.insert(new FactRow(row.eventId(), row.globalPosition(), row.factKind(), row.eventType(), row.recordedAt(),
                row.actorId(), row.actorRole(), row.scopeCode(), row.subject(), row.compoundId(), row.unitId(), row.unitKind(),
                row.unitJurisdiction(), row.period(), row.effectiveOn(), row.amount(), row.late(), row.revision(), null, null, null,
                null, event.respondents()));
    }

    @EventHandler
    void on(AnnualPlanSetEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        PlanTargets t = event.targets();
        store.insert(fact(id, token, FactRow.PLAN, "AnnualPlanSet", at, meta, event.assessingJurisdiction().value(),
                event.planId(), null, event.unit(), String.valueOf(event.year()), null, event.startsOn(), 0, null, null,
                new FactRow.PlanColumns(t.compoundsToStart(), t.compoundsToComplete(), t.buildings(), t.households(),
                        t.floorArea().squareCentimetres(), t.fundsToSpend().fen(), event.startsOn(), event.deadline())));
    }

    /** A unit's programme: its years in the detail column; the assessing jurisdiction is the fact's scope. */
    @EventHandler
    void on(ProgrammeSetEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token, MetaData meta) {
        store.insert(fact(id, token, FactRow.PROGRAMME, "ProgrammeSet", at, meta, event.assessingJurisdiction().value(),
                event.programmeId(), null, event.unit(), String.valueOf(event.years().get(0).year()), null, null, 0, null, null,
                null).withDetail(ProgrammeDetail.write(event.years())));
    }

    /** A plan's named compounds: the list in the detail column, dated by the day it was listed, with its lateness. */
    @EventHandler
    void on(PlanCompoundsListedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token,
            MetaData meta) {
        store.insert(fact(id, token, FactRow.PLAN_COMPOUNDS, "PlanCompoundsListed", at, meta, event.assessingJurisdiction().value(),
                event.planId(), null, event.unit(), String.valueOf(event.year()), null, event.listedOn(), 0, event.late(), null,
                null).withDetail(ProgrammeDetail.writeCompounds(event.compounds())));
    }

    @EventHandler
    void on(MonthlyReportSubmittedEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token,
            MetaData meta) {
        FactRow row = fact(id, token, FactRow.REPORT, "MonthlyReportSubmitted", at, meta, event.assessingJurisdiction().value(),
                event.reportId(), null, event.unit(), null, event.month().toString(), event.submittedOn(), 0, event.late(),
                event.revision(), null);
        MonthlyFigures claimed = event.figures();
        store.insert(new FactRow(row.eventId(), row.globalPosition(), row.factKind(), row.eventType(), row.recordedAt(),
                row.actorId(), row.actorRole(), row.scopeCode(), row.subject(), row.compoundId(), row.unitId(), row.unitKind(),
                row.unitJurisdiction(), row.period(), row.effectiveOn(), row.amount(), row.late(), row.revision(), null, null, null,
                new FactRow.Reported(claimed.compoundsStarted(), claimed.compoundsCompleted(), claimed.households(),
                        claimed.fundsSpent().fen()), null));
    }

    @EventHandler
    void on(AssessmentPolicySetEvent event, @Timestamp Instant at, @MessageIdentifier String id, TrackingToken token) {
        long position = token == null || token.position().isEmpty() ? -1 : token.position().getAsLong();
        store.insertPolicy(id, position, event.jurisdiction(), event.policy().version(), policies.write(event.policy()), at);
    }

    @EventHandler
    void on(MonthlyAssessmentClosedEvent event, @Timestamp Instant at, @MessageIdentifier String id, MetaData meta) {
        published(event, "MonthlyAssessmentClosed", at, id, meta, event.indicatorPolicy(), null);
    }

    @EventHandler
    void on(MonthlyAssessmentReissuedEvent event, @Timestamp Instant at, @MessageIdentifier String id, MetaData meta) {
        published(event, "MonthlyAssessmentReissued", at, id, meta, event.indicatorPolicy(), event.reason());
    }

    /** Before a replay: both tables are derived data. */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CompletableFuture<MonthlyAssessmentView> handle(FindMonthlyAssessmentQuery query) {
        return readModel.assess(query.jurisdiction(), query.month(), query.today()).toFuture();
    }

    @QueryHandler
    CompletableFuture<ProgrammeProgress> handle(FindProgrammeProgressQuery query) {
        return readModel.programme(query.jurisdiction(), query.unitId(), query.today()).toFuture();
    }

    @QueryHandler
    CompletableFuture<WeeklyDispatchView> handle(FindWeeklyDispatchQuery query) {
        return weekly.week(query.county(), query.weekStarting()).toFuture();
    }

    private void published(MonthlyAssessmentPublished event, String type, Instant at, String id, MetaData meta, String policy,
                           String reason) {
        List<UnitResult> results = event.results();
        for (int line = 0; line < results.size(); line++) {
            store.insertIssue(event.assessmentId(), event.issue(), line, event.jurisdiction(), event.month().toString(), id, type,
                    at, text(meta, MetaDataKeys.ACTOR_ID), text(meta, MetaDataKeys.ACTOR_ROLE), policy, reason, results.get(line));
        }
    }

    private void money(String id, TrackingToken token, String type, Instant at, MetaData meta, ProjectId project, String county,
                       long fen) {
        Optional<String> compound = compoundOf(project);
        Optional<String> streetOffice = compound.flatMap(store::streetOfficeOf);
        store.insert(fact(id, token, FactRow.FUNDS, type, at, meta, streetOffice.orElse(county), project.value(),
                streetOffice.isPresent() ? compound.get() : null, null, null, null, ProgrammeTime.dateOf(at), fen,
                null, null, null));
    }

    private static Optional<String> compoundOf(ProjectId project) {
        Matcher matcher = PROJECT_OF_COMPOUND.matcher(project.value());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static FactRow fact(String eventId, TrackingToken token, String kind, String type, Instant at, MetaData meta,
                                String scope, String subject, String compoundId,
                                org.renewalledger.kernel.assessment.ResponsibleUnit unit, String year, String month,
                                LocalDate effectiveOn, long amount, Boolean late, Integer revision, FactRow.PlanColumns plan) {
        long position = token == null || token.position().isEmpty() ? -1 : token.position().getAsLong();
        return new FactRow(eventId, position, kind, type, at, text(meta, MetaDataKeys.ACTOR_ID), text(meta, MetaDataKeys.ACTOR_ROLE),
                scope, subject, compoundId, unit == null ? null : unit.id(), unit == null ? null : unit.kind().name(),
                unit == null ? null : unit.jurisdiction().value(), year != null ? year : month, effectiveOn, amount, late, revision,
                plan);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}

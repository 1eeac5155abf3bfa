package org.renewalledger.query.dashboard;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentPublished;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.query.DashboardChanges;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.dashboard.DashboardChanged;
import org.renewalledger.kernel.dashboard.DashboardView;
import org.renewalledger.kernel.dashboard.FindDashboardQuery;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ResidentContributionRecordedEvent;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.renewalledger.kernel.funding.UtilityCostSharedEvent;
import org.springframework.stereotype.Component;

/**
 * The leaders' dashboards (docs/DASHBOARD.md): progress against targets per unit and year from the lifecycle
 * and funding events, targets from the annual plans, and the published rankings. Every change is pushed to
 * the subscribers of the dashboards it touches on every query replica, whichever replica projected it: the change
 * is announced with PostgreSQL's {@code NOTIFY} in the processor's transaction, and each replica's
 * {@link DashboardChanges} emits it to its own subscription queries after the commit, so a subscriber that
 * re-reads sees the new figure.
 */
@Component
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
class DashboardProjection {

    static final String PROCESSING_GROUP = "dashboard";
    /** Project codes are {@code <compound code>-<year>}, compound codes start with their street office's code. */
    private static final Pattern STREET_OFFICE_PROJECT = Pattern.compile("\\d{9}-.*");

    private final DashboardStore store;
    private final DashboardQueries queries;
    private final DashboardChanges changes;

    DashboardProjection(DashboardStore store, DashboardQueries queries, DashboardChanges changes) {
        this.store = store;
        this.queries = queries;
        this.changes = changes;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        String office = event.streetOffice().value();
        store.compound(event.compoundId().value(), event.jurisdiction().value(), office, event.households(), event.buildings(),
                event.floorArea().squareCentimetres());
        int year = ProgrammeTime.dateOf(at).getYear();
        fact(event.compoundId().value(), sequence, new DashboardStore.Fact(office, event.jurisdiction().value(), year, 1, 0, 0, 0, 0,
                0, 0, 0), "compound registered", correlationId);
    }

    /** Construction start counts the compound, its households, buildings and area as started in the milestone's year. */
    @EventHandler
    void on(MilestoneReachedEvent event, @SequenceNumber long sequence, @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        boolean started = event.milestone() == Milestone.CONSTRUCTION_STARTED;
        boolean completed = event.milestone() == Milestone.COMPLETION_ACCEPTED;
        if (!started && !completed) {
            return;
        }
        store.size(event.compoundId().value()).ifPresent(size -> fact(event.compoundId().value(), sequence,
                started ? new DashboardStore.Fact(size.streetOffice(), size.county(), event.reachedOn().getYear(), 0, 1, 0,
                        size.households(), size.buildings(), size.areaCm2(), 0, 0)
                        : new DashboardStore.Fact(size.streetOffice(), size.county(), event.reachedOn().getYear(), 0, 0, 1, 0, 0, 0, 0, 0),
                started ? "construction started" : "completion accepted", correlationId));
    }

    @EventHandler
    void on(FundsAllocatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        money(event.projectId(), event.jurisdiction(), sequence, at, event.amount().fen(), 0, "funds allocated", correlationId);
    }

    @EventHandler
    void on(ResidentContributionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        money(event.projectId(), event.jurisdiction(), sequence, at, event.amount().fen(), 0, "resident contribution", correlationId);
    }

    @EventHandler
    void on(UtilityCostSharedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        money(event.projectId(), event.jurisdiction(), sequence, at, event.totalCost().fen(), 0, "utility cost shared", correlationId);
    }

    @EventHandler
    void on(SubsidyDisbursedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        money(event.projectId(), event.jurisdiction(), sequence, at, 0, event.amount().fen(), "subsidy disbursed", correlationId);
    }

    /** Money recovered after an audit finding goes back to its source: it no longer counts as disbursed. */
    @EventHandler
    void on(FundsClawedBackEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        money(event.projectId(), event.jurisdiction(), sequence, at, 0, -event.amount().fen(), "funds clawed back", correlationId);
    }

    /** A reversing entry takes its amounts back in the year of the reversal (the ledger is never edited). */
    @EventHandler
    void on(EntryReversedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        long fen = event.lines().stream().map(SourceAmount::amount).mapToLong(m -> m.fen()).sum();
        if (event.reversedKind() == EntryKind.ALLOCATION) {
            money(event.projectId(), event.jurisdiction(), sequence, at, -fen, 0, "allocation reversed", correlationId);
        } else if (event.reversedKind() == EntryKind.DISBURSEMENT) {
            money(event.projectId(), event.jurisdiction(), sequence, at, 0, -fen, "disbursement reversed", correlationId);
        }
    }

    @EventHandler
    void on(AnnualPlanSetEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.target(event, at);
        emit(event.unit().jurisdiction(), event.year(), "annual plan set", correlationId);
    }

    @EventHandler
    void on(MonthlyAssessmentPublished event, @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.ranking(event);
        emit(event.jurisdiction(), 0, "assessment published", correlationId);
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CompletableFuture<DashboardView> handle(FindDashboardQuery query) {
        return queries.dashboard(query).toFuture();
    }

    private void money(ProjectId project, JurisdictionCode county, long sequence, Instant at, long allocatedFen, long disbursedFen,
                       String cause, String correlationId) {
        String unit = STREET_OFFICE_PROJECT.matcher(project.value()).matches() ? project.value().substring(0, 9) : county.value();
        fact(project.value(), sequence, new DashboardStore.Fact(unit, county.value(), ProgrammeTime.dateOf(at).getYear(), 0, 0, 0, 0, 0, 0,
                allocatedFen, disbursedFen), cause, correlationId);
    }

    private void fact(String streamId, long sequence, DashboardStore.Fact fact, String cause, String correlationId) {
        if (store.fact(streamId, sequence, fact)) {
            emit(JurisdictionCode.of(fact.unitId()), fact.year(), cause, correlationId);
        }
    }

    /** Tells the subscribers, on every replica, whose dashboard covers the unit (or lies inside it) for that year (0: every year). */
    private void emit(JurisdictionCode unit, int year, String cause, String correlationId) {
        changes.announce(new DashboardChanged(unit.value(), year, cause, correlationId));
    }
}

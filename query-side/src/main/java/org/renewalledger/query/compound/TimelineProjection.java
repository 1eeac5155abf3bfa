package org.renewalledger.query.compound;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.evidence.EvidenceHash;
import java.util.List;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent;
import org.renewalledger.kernel.compound.FindProjectTimelineQuery;
import org.renewalledger.kernel.compound.ProjectTimeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * A project's timeline: every lifecycle event of a compound with who, when and under which policy. Votes
 * are left to the consent register, so thousands of them do not bury the steps. Writes are keyed by
 * (compound, sequence), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {

    static final String PROCESSING_GROUP = "project-timeline";

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    TimelineProjection(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    @EventHandler
    void on(CompoundEvent event, @SequenceNumber long sequence, MetaData metaData,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        // Votes live in the consent register and units in the roster (hundreds per compound); the timeline keeps
        // the steps: counts opened and closed, roster corrections and transfers.
        if (event instanceof ConsentRecordedEvent || event instanceof ElevatorConsentRecordedEvent
                || event instanceof org.renewalledger.kernel.compound.RosterUnitRecordedEvent) {
            return;
        }
        DateClaim claim = claimOf(event);
        jdbc.update("INSERT INTO project_timeline (compound_id, sequence, event, summary, occurred_at, actor_id, "
                        + "actor_role, policy_version, backdated, in_closed_month, backdating_reason, attachments) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.compoundId().value(), sequence, event.getClass().getSimpleName().replaceFirst("Event$", ""),
                TimelineSummary.of(event), Timestamp.from(occurredAt), text(metaData.get(MetaDataKeys.ACTOR_ID)),
                text(metaData.get(MetaDataKeys.ACTOR_ROLE)), text(metaData.get(MetaDataKeys.POLICY_VERSION)),
                claim.backdated(), claim.inClosedMonth(), claim.reason(),
                String.join(" ", attachmentsOf(event).stream().map(EvidenceHash::value).toList()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM project_timeline");
    }

    @QueryHandler
    CompletableFuture<ProjectTimeline> handle(FindProjectTimelineQuery query) {
        String id = query.compoundId().value();
        return r2dbc.sql("SELECT * FROM project_timeline WHERE compound_id = :id ORDER BY sequence")
                .bind("id", id)
                .map((row, meta) -> new ProjectTimeline.Entry(
                        row.get("sequence", Long.class),
                        row.get("event", String.class),
                        row.get("summary", String.class),
                        row.get("occurred_at", OffsetDateTime.class).toInstant(),
                        row.get("actor_id", String.class),
                        row.get("actor_role", String.class),
                        row.get("policy_version", String.class),
                        Boolean.TRUE.equals(row.get("backdated", Boolean.class)),
                        Boolean.TRUE.equals(row.get("in_closed_month", Boolean.class)),
                        row.get("backdating_reason", String.class),
                        hashes(row.get("attachments", String.class))))
                .all()
                .collectList()
                .map(entries -> new ProjectTimeline(id, entries))
                .toFuture();
    }

    /** How the event's claimed date stood when it was recorded; steps without a claimed date are on time. */
    private static DateClaim claimOf(CompoundEvent event) {
        return ClaimedDates.of(event);
    }

    private static List<EvidenceHash> attachmentsOf(CompoundEvent event) {
        if (event instanceof NoticePublishedEvent e) {
            return e.attachments();
        }
        if (event instanceof MilestoneReachedEvent e) {
            return e.attachments();
        }
        if (event instanceof ProgressReportedEvent e) {
            return e.attachments();
        }
        return List.of();
    }

    private static List<String> hashes(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.strip().split(" "));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package org.renewalledger.query;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.dashboard.DashboardChanged;
import org.renewalledger.kernel.dashboard.FindDashboardQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Dashboard changes as they travel between query replicas: a projection (the dashboard's, the review cases') announces
 * each one on the PostgreSQL channel {@value #CHANNEL} in its processor's transaction, whichever replica owns the
 * segment; PostgreSQL delivers it when that transaction commits and drops it when it rolls back. Every replica
 * listens (infra holds the listening connection) and hands what arrives to {@link #deliver}, which emits it to the
 * subscription queries of this replica's own live streams, so a subscriber that re-reads sees committed figures.
 * The payload is plain text: {@code unit|year|correlation id|cause}.
 */
@Component
public class DashboardChanges {

    public static final String CHANNEL = "dashboard_changed";

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter emitter;

    DashboardChanges(JdbcTemplate jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    /** Announces a change to every replica, in the calling processor's transaction ({@code NOTIFY}). */
    public void announce(DashboardChanged change) {
        jdbc.query("SELECT pg_notify(?, ?)", (ResultSetExtractor<Void>) rows -> null, CHANNEL, payload(change));
    }

    static String payload(DashboardChanged change) {
        return change.jurisdiction() + "|" + change.year() + "|" + (change.correlationId() == null ? "" : change.correlationId())
                + "|" + change.cause();
    }

    /** Emits an announced change to the subscribers whose dashboard covers its unit (or lies inside it) for its year (0: every year). */
    public void deliver(String payload) {
        String[] parts = payload.split("\\|", 4);
        if (parts.length < 4) {
            return; // not ours: nothing to tell
        }
        JurisdictionCode unit = JurisdictionCode.of(parts[0]);
        int year = Integer.parseInt(parts[1]);
        DashboardChanged change = new DashboardChanged(parts[0], year, parts[3], parts[2].isEmpty() ? null : parts[2]);
        emitter.emit(FindDashboardQuery.class,
                query -> (year == 0 || query.year() == year) && (query.within().covers(unit) || unit.covers(query.within())),
                change);
    }
}
